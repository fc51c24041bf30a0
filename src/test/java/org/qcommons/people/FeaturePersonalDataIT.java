package org.qcommons.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.security.AccountService;
import org.qcommons.security.Registration;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Exchange, buddying and meetings data in the GDPR export, and erasure that leaves neither the member's name nor
 * their username in any text column of any table, audit tables included.
 */
class FeaturePersonalDataIT extends IntegrationTestBase {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    private String tag;
    private String fullName;
    private QUser me;
    private long exchangeId;
    private long mentionPost;
    private long minutesItem;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    var ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                    for (int i = 0; i < args.length; i++) {
                        ps.setObject(i + 1, args[i]);
                    }
                    return ps;
                },
                keys);
        return keys.getKey().longValue();
    }

    /** A member with a row in every table of the three features, written as SQL so the test sees every column. */
    private void memberWithFeatureData() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        fullName = "Zebedee Quornfeld " + tag;
        String email = "erase-" + tag + "@test.qcommons.example";
        Registration r = new Registration();
        r.setFullName(fullName);
        r.setEmail(email);
        r.setPassword("a-long-password-1");
        r.setProfession("Pharmacist");
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        Member m = accounts.register(r);
        SystemRunner.asSystem(() -> accounts.approve(m.getId()));
        me = accounts.loadUserByUsername(email);
        long id = me.memberId();
        long other = jdbc.queryForObject("select min(id) from member where id <> ?", Long.class, id);
        long stp = jdbc.queryForObject("select min(id) from stp", Long.class);

        // Exchange
        long lender = insert(
                "insert into organisation (name, type, stp_id) values (?, 'ACUTE_TRUST', ?)", "Lender " + tag, stp);
        long host =
                insert("insert into organisation (name, type, stp_id) values (?, 'COMMUNITY', ?)", "Host " + tag, stp);
        long request = insert(
                "insert into expertise_request (requesting_org_id, created_by_id, title, description, days_needed, "
                        + "starts_on, ends_on, status) values (?, ?, ?, 'Help with run charts', 5, '2026-01-05', '2026-03-31', 'OPEN')",
                host,
                id,
                "Run chart help " + tag);
        insert("insert into expertise_interest (request_id, member_id) values (?, ?)", request, id);
        exchangeId = insert(
                "insert into concordat_exchange (request_id, member_id, lender_org_id, host_org_id, invited_by_id, "
                        + "state, days_agreed, days_logged, member_feedback) values (?, ?, ?, ?, ?, 'CONFIRMED', 5, 5, ?)",
                request,
                id,
                lender,
                host,
                other,
                "Loved it, " + fullName);
        long rev = insert(
                "insert into audit_revision (changed_at, username, member_id) values (0, ?, ?)", me.username(), id);
        jdbc.update(
                "insert into concordat_exchange_aud (id, rev, revtype, member_id, state, member_feedback) values (?, ?, 1, ?, 'CONFIRMED', ?)",
                exchangeId,
                rev,
                id,
                "Loved it, " + fullName);
        long entry = insert(
                "insert into ledger_entry (exchange_id, organisation_id, counterparty_id, days, posting, entry_date, created_by) "
                        + "values (?, ?, ?, 5, 'CONFIRM', '2026-02-01', ?)",
                exchangeId,
                host,
                lender,
                me.username());
        jdbc.update(
                "insert into ledger_entry_aud (id, rev, revtype, exchange_id, days, posting, created_by) values (?, ?, 0, ?, 5, 'CONFIRM', ?)",
                entry,
                rev,
                exchangeId,
                me.username());

        // Buddying
        insert("insert into buddy_offer (member_id, capacity, note) values (?, 2, ?)", id, "Happy to help " + tag);
        long breq = insert(
                "insert into buddy_request (member_id, goals, status) values (?, ?, 'MATCHED')",
                id,
                "Learn SPC " + tag);
        long pair = insert(
                "insert into buddy_pair (request_id, buddy_id, newcomer_id, status, proposed_at) values (?, ?, ?, 'ACTIVE', now(6))",
                breq,
                other,
                id);
        insert(
                "insert into buddy_check_in (pair_id, author_id, held_on, mode, note) values (?, ?, '2026-02-02', 'VIDEO', ?)",
                pair,
                id,
                "Talked about " + fullName + "'s project");
        insert(
                "insert into buddy_feedback (pair_id, author_id, rating, comment) values (?, ?, 5, ?)",
                pair,
                id,
                "Great buddy " + tag);

        // Meetings
        long group = insert(
                "insert into mtg_group (name, slug, kind, visibility, calendar_token) values (?, ?, 'PROJECT_TEAM', 'PRIVATE', ?)",
                "Erasure group " + tag,
                "erasure-group-" + tag,
                "tok" + tag);
        long seat = insert(
                "insert into mtg_seat (group_id, member_id, role, convenor) values (?, ?, 'MEMBER', true)", group, id);
        long meeting = insert(
                "insert into mtg_meeting (group_id, title, starts_at, status) values (?, ?, '2026-02-03 10:00:00', 'HELD')",
                group,
                "Erasure meeting " + tag);
        long item = insert(
                "insert into mtg_agenda_item (meeting_id, position, title, presenter) values (?, 1, 'Falls', 'Convenor')",
                meeting);
        jdbc.update(
                "insert into mtg_agenda_item_aud (id, rev, revtype, meeting_id, title, presenter) values (?, ?, 0, ?, 'Falls', 'Convenor')",
                item,
                rev,
                meeting);
        insert(
                "insert into mtg_attendance (meeting_id, seat_id, member_id, status) values (?, ?, ?, 'PRESENT')",
                meeting,
                seat,
                id);
        insert(
                "insert into mtg_action (meeting_id, description, owner_id, status) values (?, ?, ?, 'OPEN')",
                meeting,
                "Collect falls data " + tag,
                id);
        insert("insert into mtg_post (group_id, author_id, body) values (?, ?, ?)", group, id, "First post " + tag);
        // Someone else's post, comment and minutes that mention this member by name (in another case, as typed).
        mentionPost = insert(
                "insert into mtg_post (group_id, author_id, body) values (?, ?, ?)",
                group,
                other,
                "Thanks @" + fullName.toUpperCase() + " and @" + fullName + ", see you Tuesday");
        jdbc.update(
                "update mtg_agenda_item set minutes_text = ? where id = ?",
                "Agreed: @" + fullName + " collects the falls data.",
                item);
        jdbc.update(
                "update mtg_agenda_item_aud set minutes_text = ? where id = ? and rev = ?",
                "Draft: @" + fullName + " to collect",
                item,
                rev);
        minutesItem = item;
        insert(
                "insert into mtg_comment (agenda_item_id, author_id, text) values (?, ?, ?)",
                item,
                id,
                "Amend item " + tag);
        insert(
                "insert into mtg_paper (agenda_item_id, file_name, content_type, size_bytes, storage_key, uploaded_by, "
                        + "uploaded_by_id) values (?, ?, 'application/pdf', 10, ?, ?, ?)",
                item,
                "falls-" + tag + ".pdf",
                "key-" + tag,
                fullName,
                id);

        // A message this member sent to someone else, naming them and their email.
        insert(
                "insert into notification (recipient_id, title, body, created_at, about_member_id) values (?, ?, ?, now(6), ?)",
                other,
                "Message from " + fullName,
                fullName + " (" + email + ") wrote: hello",
                id);

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
    }

    @Test
    void theExportHasExchangeBuddyingAndMeetingsSectionsWithTheMembersRows() {
        memberWithFeatureData();
        String json = personalData.exportJson(me.memberId());
        assertThat(json).contains("\"exchange\"", "\"buddying\"", "\"meetings\"");
        assertThat(json)
                .contains(
                        "Run chart help " + tag,
                        "Lender " + tag,
                        "Loved it, " + fullName,
                        "\"ledgerDays\"",
                        "\"ledgerEntriesYouConfirmed\" : 1");
        assertThat(json).contains("Happy to help " + tag, "Learn SPC " + tag, "Great buddy " + tag, "\"Newcomer\"");
        assertThat(json)
                .contains(
                        "Erasure group " + tag,
                        "Erasure meeting " + tag,
                        "Collect falls data " + tag,
                        "First post " + tag,
                        "Amend item " + tag,
                        "falls-" + tag + ".pdf");
    }

    @Test
    void erasureLeavesNoNameOrUsernameInAnyTextColumnAndKeepsTheSharedRecord() {
        memberWithFeatureData();
        String username = me.username().toLowerCase();
        assertThat(columnsContaining(fullName))
                .as("the scan finds the name where the fixture put it")
                .contains(
                        "member.full_name",
                        "mtg_paper.uploaded_by",
                        "notification.title",
                        "notification.body",
                        "concordat_exchange_aud.member_feedback",
                        "buddy_check_in.note",
                        "mtg_post.body",
                        "mtg_agenda_item.minutes_text",
                        "mtg_agenda_item_aud.minutes_text");
        assertThat(columnsContaining(username))
                .contains("ledger_entry.created_by", "ledger_entry_aud.created_by", "audit_revision.username");
        personalData.erase(me.memberId());

        assertThat(columnsContaining(fullName))
                .as("columns still holding the member's name")
                .isEmpty();
        assertThat(columnsContaining(username))
                .as("columns still holding the member's username")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select body from notification where about_member_id = ?", String.class, me.memberId()))
                .as("the other person's notification keeps the message with a tombstone for its sender")
                .isEqualTo("Former member wrote: hello");
        assertThat(jdbc.queryForObject("select body from mtg_post where id = ?", String.class, mentionPost))
                .as("a colleague's post keeps its words, with a tombstone for each mention")
                .isEqualTo("Thanks @Former member and @Former member, see you Tuesday");
        assertThat(jdbc.queryForObject(
                        "select minutes_text from mtg_agenda_item where id = ?", String.class, minutesItem))
                .isEqualTo("Agreed: @Former member collects the falls data.");
        assertThat(jdbc.queryForObject(
                        "select count(*) from ledger_entry where exchange_id = ?", Integer.class, exchangeId))
                .as("the ledger keeps its days")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select created_by from ledger_entry where exchange_id = ?", String.class, exchangeId))
                .isEqualTo("former member");
        assertThat(jdbc.queryForObject(
                        "select count(*) from buddy_offer where member_id = ?", Integer.class, me.memberId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select status from buddy_request where member_id = ?", String.class, me.memberId()))
                .isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mtg_seat where member_id = ?", Integer.class, me.memberId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mtg_action where owner_id = ?", Integer.class, me.memberId()))
                .as("actions stay with the anonymised member")
                .isEqualTo(1);
        // The ledger is still append-only for every other change.
        assertThatThrownBy(() -> jdbc.update("update ledger_entry set days = 9 where exchange_id = ?", exchangeId))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        jdbc.update("update ledger_entry set created_by = 'someone' where exchange_id = ?", exchangeId))
                .hasMessageContaining("append-only");
    }

    @Test
    void renamingYourselfToAColleaguesNameNeitherExportsNorErasesTheirRecords() {
        memberWithFeatureData();
        long attacker = me.memberId();
        long victim = jdbc.queryForObject(
                "select min(id) from member where id <> ? and full_name <> 'Former member'", Long.class, attacker);
        String victimName = jdbc.queryForObject("select full_name from member where id = ?", String.class, victim);
        long item = jdbc.queryForObject("select min(id) from mtg_agenda_item", Long.class);
        String victimPaper = "victim-" + tag + ".pdf";
        insert(
                "insert into mtg_paper (agenda_item_id, file_name, content_type, size_bytes, storage_key, uploaded_by, "
                        + "uploaded_by_id) values (?, ?, 'application/pdf', 10, ?, ?, ?)",
                item,
                victimPaper,
                "victim-key-" + tag,
                victimName,
                victim);
        long victimRevision = insert(
                "insert into audit_revision (changed_at, username, member_id) values (0, ?, ?)",
                "victim-" + tag + "@test.qcommons.example",
                victim);
        long otherGroup = insert(
                "insert into mtg_group (name, slug, kind, visibility, calendar_token) values (?, ?, 'PROJECT_TEAM', 'PRIVATE', ?)",
                "Victim's group " + tag,
                "victim-group-" + tag,
                "vtok" + tag);
        long victimMention = insert(
                "insert into mtg_post (group_id, author_id, body) values (?, ?, ?)",
                otherGroup,
                victim,
                "Over to @" + victimName);
        jdbc.update("update member set full_name = ? where id = ?", victimName, attacker);

        assertThat(personalData.exportJson(attacker)).doesNotContain(victimPaper);
        personalData.erase(attacker);

        assertThat(jdbc.queryForObject(
                        "select uploaded_by from mtg_paper where file_name = ?", String.class, victimPaper))
                .isEqualTo(victimName);
        assertThat(jdbc.queryForObject(
                        "select username from audit_revision where id = ?", String.class, victimRevision))
                .isEqualTo("victim-" + tag + "@test.qcommons.example");
        assertThat(jdbc.queryForObject("select full_name from member where id = ?", String.class, victim))
                .isEqualTo(victimName);
        assertThat(jdbc.queryForObject("select body from mtg_post where id = ?", String.class, victimMention))
                .as("a mention in a group the renamed member does not sit in")
                .isEqualTo("Over to @" + victimName);
    }

    /** Every text column of every table in the schema that still contains the value. */
    private List<String> columnsContaining(String value) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = database() and data_type in ('varchar', 'text', 'mediumtext', 'longtext', 'char')""");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> c : columns) {
            String table = (String) c.get("TABLE_NAME");
            String column = (String) c.get("COLUMN_NAME");
            Integer n = jdbc.queryForObject(
                    "select count(*) from `" + table + "` where lower(`" + column + "`) like ?",
                    Integer.class,
                    "%" + value.toLowerCase() + "%");
            if (n != null && n > 0) {
                found.add(table + "." + column);
            }
        }
        return found;
    }
}
