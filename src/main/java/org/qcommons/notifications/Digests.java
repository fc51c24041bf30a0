package org.qcommons.notifications;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.digest.MemberInterestSource;
import org.qcommons.base.digest.MemberInterests;
import org.qcommons.base.digest.NearYouItem;
import org.qcommons.base.digest.NearYouSource;
import org.qcommons.people.Member;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the daily or weekly digest for every member who takes it: the notifications they chose to hear of in that
 * digest, and "what's new near you", what is new in their region or about their topics and skills (decision 113).
 * Members are read in pages by id, and digests are made in transactions of {@link #BATCH}, so memory stays flat over
 * any number of members and a crash loses at most one batch's work. Each digest is recorded in
 * {@code notification_digest} with its outbox entry, so none is sent twice (decision 091).
 */
@Component
class Digests {

    static final int PAGE = 500;
    static final int PER_SECTION = 5;
    /**
     * Digests per transaction: a commit per digest cost more than making it; a crash rolls back at most one batch,
     * claims included, so the next run makes those again and none goes twice.
     */
    static final int BATCH = 50;

    private record Recipient(Long id, String name, String email, Long regionId) {}

    record Line(String title, String url) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final List<NearYouSource> sources;
    private final List<MemberInterestSource> interestSources;
    private final DigestTemplates templates;
    private final NotificationRepository notifications;
    private final SentMailRepository mails;
    private final ApplicationEventPublisher events;
    private final EntityManager entities;
    private final TransactionTemplate transactions;
    private final QcommonsProperties settings;
    private final UnsubscribeTokens tokens;

    Digests(
            NamedParameterJdbcTemplate jdbc,
            List<NearYouSource> sources,
            List<MemberInterestSource> interestSources,
            DigestTemplates templates,
            NotificationRepository notifications,
            SentMailRepository mails,
            ApplicationEventPublisher events,
            EntityManager entities,
            TransactionTemplate transactions,
            QcommonsProperties settings,
            UnsubscribeTokens tokens) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.interestSources = interestSources;
        this.templates = templates;
        this.notifications = notifications;
        this.mails = mails;
        this.events = events;
        this.entities = entities;
        this.transactions = transactions;
        this.settings = settings;
        this.tokens = tokens;
    }

    /** Sends this period's digests due at {@code now}; returns how many were queued. */
    int send(DigestPeriod period, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate start = period.start(today);
        Instant since = now.minus(period.covers());
        // Everything new of the run, once: each member's share is then picked in memory.
        List<NearYouItem> news = new ArrayList<>();
        sources.forEach(s -> news.addAll(s.nearYou(since, today)));
        int sent = 0;
        long after = 0;
        while (true) {
            List<Recipient> page = recipients(period, start, after);
            if (page.isEmpty()) {
                return sent;
            }
            after = page.getLast().id();
            Map<Long, List<Line>> pending = pending(period, since, page);
            Map<Long, MemberInterests> interests = interests(page);
            for (int from = 0; from < page.size(); from += BATCH) {
                List<Recipient> batch = page.subList(from, Math.min(page.size(), from + BATCH));
                Integer done = transactions.execute(s -> {
                    int queued = 0;
                    for (Recipient r : batch) {
                        MemberInterests mine = interests
                                .getOrDefault(r.id(), MemberInterests.NONE)
                                .withRegion(r.regionId());
                        Map<String, List<Line>> nearYou = nearYou(r.id(), mine, news);
                        List<Line> lines = pending.getOrDefault(r.id(), List.of());
                        if ((!lines.isEmpty() || !nearYou.isEmpty()) && queue(period, start, now, r, lines, nearYou)) {
                            queued++;
                        }
                    }
                    return queued;
                });
                sent += done == null ? 0 : done;
            }
        }
    }

    private boolean queue(
            DigestPeriod period,
            LocalDate start,
            Instant now,
            Recipient r,
            List<Line> mine,
            Map<String, List<Line>> nearYou) {
        int claimed = jdbc.update(
                "insert ignore into notification_digest (member_id, period, period_start, sent_at)"
                        + " values (:member, :period, :start, :now)",
                new MapSqlParameterSource("member", r.id())
                        .addValue("period", period.name())
                        .addValue("start", start)
                        .addValue("now", Timestamp.from(now)));
        if (claimed == 0) {
            return false; // another node, or an earlier run before a crash, has done this one
        }
        Member member = entities.getReference(Member.class, r.id());
        Notification n = notifications.save(
                new Notification(member, NotificationKind.DIGEST, period.subject(), null, "notifications", now));
        Map<String, Object> model = new HashMap<>();
        model.put("subject", period.subject());
        model.put("name", r.name());
        model.put("notifications", mine);
        model.put("nearYou", nearYou);
        model.put("home", base() + "/");
        model.put("settings", base() + "/notifications/settings");
        model.put("unsubscribe", base() + "/unsubscribe?token=" + tokens.tokenFor(r.id(), NotificationKind.DIGEST));
        SentMail mail =
                mails.save(new SentMail(n, r.email(), NotificationService.SUBJECT_PREFIX + period.subject(), now)
                        .withParts(templates.text(model), templates.html(model)));
        events.publishEvent(new MailQueued(mail.getId()));
        return true;
    }

    /** Active members who take this digest, or chose it for some kind, and have not had this period's yet. */
    private List<Recipient> recipients(DigestPeriod period, LocalDate start, long after) {
        return jdbc.query(
                """
                select m.id, m.full_name, m.email, s.region_id from member m left join stp s on s.id = m.stp_id
                left join notification_preference p on p.member_id = m.id and p.kind = 'DIGEST'
                where m.status = 'ACTIVE' and m.id > :after
                  and (coalesce(p.channel, :defaultChannel) = :channel
                       or exists (select 1 from notification_preference q where q.member_id = m.id
                                  and q.channel = :channel))
                  and not exists (select 1 from notification_digest d where d.member_id = m.id
                                  and d.period = :period and d.period_start = :start)
                order by m.id limit :page""",
                new MapSqlParameterSource("after", after)
                        .addValue(
                                "defaultChannel",
                                NotificationKind.DIGEST.defaultChannel().name())
                        .addValue("channel", period.channel().name())
                        .addValue("period", period.name())
                        .addValue("start", start)
                        .addValue("page", PAGE),
                (rs, i) -> new Recipient(rs.getLong("id"), rs.getString("full_name"), rs.getString("email"), (Long)
                        rs.getObject("region_id", Long.class)));
    }

    /** Unread notifications of the kinds each member put in this digest, newest first. */
    private Map<Long, List<Line>> pending(DigestPeriod period, Instant since, List<Recipient> page) {
        Map<Long, List<Line>> byMember = new HashMap<>();
        jdbc.query(
                """
                select n.recipient_id, n.title, n.link from notification n
                join notification_preference p on p.member_id = n.recipient_id and p.kind = n.kind
                where p.channel = :channel and n.read_at is null and n.created_at >= :since
                  and n.recipient_id in (:ids)
                order by n.created_at desc""",
                new MapSqlParameterSource("channel", period.channel().name())
                        .addValue("since", Timestamp.from(since))
                        .addValue("ids", page.stream().map(Recipient::id).toList()),
                rs -> {
                    byMember.computeIfAbsent(rs.getLong("recipient_id"), id -> new ArrayList<>())
                            .add(new Line(rs.getString("title"), url(rs.getString("link"))));
                });
        return byMember;
    }

    /** Each feature's part of the page's members' topics and skills, merged per member. */
    private Map<Long, MemberInterests> interests(List<Recipient> page) {
        List<Long> ids = page.stream().map(Recipient::id).toList();
        Map<Long, MemberInterests> merged = new HashMap<>();
        for (MemberInterestSource source : interestSources) {
            source.interestsOf(ids).forEach((id, i) -> merged.merge(id, i, MemberInterests::and));
        }
        return merged;
    }

    /** The items that concern this member, up to {@link #PER_SECTION} in each section, in the sources' order. */
    private Map<String, List<Line>> nearYou(Long memberId, MemberInterests interests, List<NearYouItem> news) {
        Map<String, List<Line>> sections = new LinkedHashMap<>();
        if (interests.isEmpty()) {
            return sections;
        }
        for (NearYouItem item : news) {
            List<Line> lines = sections.get(item.section());
            if ((lines == null || lines.size() < PER_SECTION) && item.concerns(memberId, interests)) {
                sections.computeIfAbsent(item.section(), s -> new ArrayList<>())
                        .add(new Line(item.title(), url(item.link())));
            }
        }
        return sections;
    }

    private String url(String link) {
        return link == null ? base() + "/notifications" : base() + "/" + link;
    }

    private String base() {
        String base = settings.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
