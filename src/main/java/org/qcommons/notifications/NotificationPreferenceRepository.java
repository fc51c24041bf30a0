package org.qcommons.notifications;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    List<NotificationPreference> findByMemberId(Long memberId);

    Optional<NotificationPreference> findByMemberIdAndKind(Long memberId, NotificationKind kind);
}
