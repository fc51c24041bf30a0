package org.qcommons.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;

@Entity
@Table(name = "security_event")
public class SecurityEvent extends AbstractEntity {

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SecurityEventType type;

    @Column(length = 254)
    private String username;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    @Column(length = 500)
    private String detail;

    protected SecurityEvent() {}

    SecurityEvent(Instant occurredAt, SecurityEventType type, String username, String remoteAddress, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.username = truncate(username, 254);
        this.remoteAddress = truncate(remoteAddress, 64);
        this.detail = truncate(detail, 500);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventType getType() {
        return type;
    }

    public String getUsername() {
        return username;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetail() {
        return detail;
    }
}
