package org.qcommons.meetings;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TermsRepository extends JpaRepository<TermsOfReference, Long> {

    Optional<TermsOfReference> findFirstByGroupIdOrderByNumberDesc(Long groupId);

    List<TermsOfReference> findByGroupIdOrderByNumberDesc(Long groupId);
}
