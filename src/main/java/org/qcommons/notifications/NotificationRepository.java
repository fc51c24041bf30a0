package org.qcommons.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByRecipientIdAndReadAtIsNull(Long recipientId);

    List<Notification> findByRecipientIdOrderByCreatedAtDesc(Long recipientId, Pageable pageable);

    @Query("""
            select n from Notification n where n.recipient.id = :recipientId
              and (:unreadOnly = false or n.readAt is null) and (:kind is null or n.kind = :kind)
            order by n.createdAt desc, n.id desc
            """)
    List<Notification> findHistory(
            @Param("recipientId") Long recipientId,
            @Param("unreadOnly") boolean unreadOnly,
            @Param("kind") NotificationKind kind,
            Pageable pageable);

    @Query("""
            select count(n) from Notification n where n.recipient.id = :recipientId
              and (:unreadOnly = false or n.readAt is null) and (:kind is null or n.kind = :kind)
            """)
    long countHistory(
            @Param("recipientId") Long recipientId,
            @Param("unreadOnly") boolean unreadOnly,
            @Param("kind") NotificationKind kind);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipient.id = :recipientId and n.readAt is null")
    int markAllRead(@Param("recipientId") Long recipientId, @Param("now") Instant now);
}
