package org.qcommons.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;

interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    long countByUsernameAndTypeAndOccurredAtAfter(String username, SecurityEventType type, Instant after);

    long countByRemoteAddressAndTypeAndOccurredAtAfter(String remoteAddress, SecurityEventType type, Instant after);

    Page<SecurityEvent> findAllByOrderByOccurredAtDesc(Pageable pageable);
}
