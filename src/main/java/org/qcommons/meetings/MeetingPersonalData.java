package org.qcommons.meetings;

import static org.qcommons.base.personaldata.PersonalDataContributor.entry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qcommons.base.personaldata.PersonalDataContributor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seats a member holds, their attendance, actions assigned to them, discussion posts, comments on draft minutes
 * and papers they uploaded. Minutes, decisions, actions and discussions are the group's shared record, so
 * erasure keeps them pointing at the anonymised member; it vacates their seats and replaces the places where
 * their name was stored as text (paper uploader, terms author), found by the member id stored beside it. An agenda
 * item's presenter is free text typed by a convenor, not a reference to a member, so erasure leaves it alone.
 */
@Component
@Order(100)
class MeetingPersonalData implements PersonalDataContributor {

    static final String FORMER_MEMBER = "Former member";

    private final JdbcTemplate jdbc;

    MeetingPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "meetings";
    }

    @Override
    public Object export(Long memberId) {
        return entry(
                "seats", jdbc.queryForList("""
                        select g.name group_name, s.role, s.convenor from mtg_seat s join mtg_group g on g.id = s.group_id
                        where s.member_id = ? order by g.name""", memberId),
                "attendance", jdbc.queryForList("""
                        select g.name group_name, m.title meeting, cast(m.starts_at as char) starts_at, a.status
                        from mtg_attendance a join mtg_meeting m on m.id = a.meeting_id join mtg_group g on g.id = m.group_id
                        where a.member_id = ? order by m.starts_at""", memberId),
                "meetingReplies", jdbc.queryForList("""
                        select g.name group_name, m.title meeting, r.answer, r.note, cast(r.replied_at as char) replied_at
                        from mtg_reply r join mtg_meeting m on m.id = r.meeting_id join mtg_group g on g.id = m.group_id
                        where r.member_id = ? order by r.replied_at""", memberId),
                "actionsAssigned", jdbc.queryForList("""
                        select g.name group_name, m.title meeting, x.description, cast(x.due_date as char) due_date, x.status
                        from mtg_action x join mtg_meeting m on m.id = x.meeting_id join mtg_group g on g.id = m.group_id
                        where x.owner_id = ? order by x.id""", memberId),
                "discussionPosts", jdbc.queryForList("""
                        select g.name group_name, p.body, cast(p.created_at as char) created_at
                        from mtg_post p join mtg_group g on g.id = p.group_id where p.author_id = ? order by p.id""", memberId),
                "discussionPostEarlierWordings", jdbc.queryForList("""
                        select v.post_id, v.body, v.change_kind, cast(v.written_at as char) written_at,
                        cast(v.replaced_at as char) replaced_at
                        from mtg_post_version v join mtg_post p on p.id = v.post_id where p.author_id = ?
                        order by v.id""", memberId),
                "minutesComments", jdbc.queryForList("""
                        select m.title meeting, i.title agenda_item, c.text, cast(c.created_at as char) created_at
                        from mtg_comment c join mtg_agenda_item i on i.id = c.agenda_item_id
                        join mtg_meeting m on m.id = i.meeting_id where c.author_id = ? order by c.id""", memberId),
                "papersUploaded", jdbc.queryForList("""
                        select p.file_name, p.size_bytes, cast(p.uploaded_at as char) uploaded_at
                        from mtg_paper p where p.uploaded_by_id = ? order by p.id""", memberId));
    }

    @Override
    public void erase(Long memberId) {
        // Before the seats go: a mention only ever names a seat holder of the post's group.
        rewriteMentions(memberId);
        jdbc.update("delete from mtg_reply where member_id = ?", memberId);
        jdbc.update(
                "update mtg_seat set member_id = null, convenor = false, version = version + 1 where member_id = ?",
                memberId);
        // By id only: a name match would let someone who renamed themself rewrite a colleague's attribution.
        jdbc.update("update mtg_paper set uploaded_by = ? where uploaded_by_id = ?", FORMER_MEMBER, memberId);
        jdbc.update("update mtg_terms set created_by = ? where created_by_id = ?", FORMER_MEMBER, memberId);
    }

    /**
     * "@Full Name" in other people's posts, minutes comments and minutes (their audit rows too) becomes "@Former
     * member". A mention is text, so it is found by the name, but only in the groups where this member holds a seat,
     * as {@code DiscussionService.mentioned} does: someone who renamed themself to a colleague's name cannot reach
     * the colleague's mentions in groups they do not sit in.
     */
    private void rewriteMentions(Long memberId) {
        String name = jdbc.query(
                "select full_name from member where id = ?", rs -> rs.next() ? rs.getString(1) : null, memberId);
        if (name == null || name.isBlank() || FORMER_MEMBER.equalsIgnoreCase(name)) {
            return;
        }
        // Not inside a longer name: "@Ann Smith" must not turn "@Ann Smithson" into "@Former memberson".
        Pattern mention = Pattern.compile(
                "@" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String tombstone = Matcher.quoteReplacement("@" + FORMER_MEMBER);
        String groups = "select group_id from mtg_seat where member_id = ?";
        String items =
                "select i.id from mtg_agenda_item i join mtg_meeting m on m.id = i.meeting_id where m.group_id in ("
                        + groups + ")";
        rewrite("mtg_post", "body", "id", "group_id in (" + groups + ")", memberId, mention, tombstone);
        rewrite("mtg_comment", "text", "id", "agenda_item_id in (" + items + ")", memberId, mention, tombstone);
        rewrite("mtg_agenda_item", "minutes_text", "id", "id in (" + items + ")", memberId, mention, tombstone);
        rewrite(
                "mtg_agenda_item_aud",
                "minutes_text",
                "concat(id, '/', rev)",
                "id in (" + items + ")",
                memberId,
                mention,
                tombstone);
    }

    private void rewrite(
            String table, String column, String key, String scope, Long memberId, Pattern mention, String tombstone) {
        // The names are constants of this class, never input; LIKE narrows the rows, the pattern decides.
        jdbc.query(
                        "select " + key + " k, " + column + " t from " + table + " where " + scope + " and " + column
                                + " like '%@%'",
                        (rs, n) -> new String[] {rs.getString(1), rs.getString(2)},
                        memberId)
                .forEach(row -> {
                    String rewritten = mention.matcher(row[1]).replaceAll(tombstone);
                    if (!rewritten.equals(row[1])) {
                        // A live row gets a new version, so an editor open on the old text cannot save it back.
                        String version = table.endsWith("_aud") ? "" : ", version = version + 1";
                        jdbc.update(
                                "update " + table + " set " + column + " = ?" + version + " where " + key + " = ?",
                                rewritten,
                                row[0]);
                    }
                });
    }
}
