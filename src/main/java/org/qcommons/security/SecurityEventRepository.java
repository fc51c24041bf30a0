package org.qcommons.security;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    Page<SecurityEvent> findAllByOrderByOccurredAtDesc(Pageable pageable);

    /** The ADMIN's filtered log: any of these types, and the username containing the text when one is given. */
    @Query("select e from SecurityEvent e where e.type in :types and (:user is null or e.username like :user) "
            + "order by e.occurredAt desc, e.id desc")
    Page<SecurityEvent> filtered(Collection<SecurityEventType> types, String user, Pageable pageable);

    Page<SecurityEvent> findByUsernameAndTypeInOrderByOccurredAtDesc(
            String username, Collection<SecurityEventType> types, Pageable pageable);
}
