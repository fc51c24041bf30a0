package org.qcommons.meetings;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface TermsRepository extends JpaRepository<TermsOfReference, Long> {

    Optional<TermsOfReference> findFirstByGroupIdOrderByNumberDesc(Long groupId);

    List<TermsOfReference> findByGroupIdOrderByNumberDesc(Long groupId);
}
