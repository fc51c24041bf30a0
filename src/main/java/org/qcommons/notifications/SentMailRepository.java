package org.qcommons.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SentMailRepository extends JpaRepository<SentMail, Long> {

    List<SentMail> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

    @Modifying
    @Query("delete from SentMail m where m.notification.id in "
            + "(select n.id from Notification n where n.recipient.id = :memberId)")
    int deleteByRecipientMember(@Param("memberId") Long memberId);

    @Modifying
    @Query("delete from SentMail m where m.createdAt < :before and m.status = :status")
    int deleteCreatedBefore(@Param("before") Instant before, @Param("status") MailStatus status);
}
