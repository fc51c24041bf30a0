package org.qcommons.security;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    long countByUsernameAndTypeAndOccurredAtAfter(String username, SecurityEventType type, Instant after);

    long countByRemoteAddressAndTypeAndOccurredAtAfter(String remoteAddress, SecurityEventType type, Instant after);

    Page<SecurityEvent> findAllByOrderByOccurredAtDesc(Pageable pageable);
}
