package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.PATIENT;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Posts edited with their history kept, removed with a trace, and edits that cross detected. */
class PostEditsIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AccountService accounts;

    @Autowired
    DiscussionService discussion;

    @Autowired
    PostEdits edits;

    @Autowired
    JdbcTemplate jdbc;

    MeetingsFixture fx;
    MeetingGroup group;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        group = fx.group(Visibility.PUBLIC);
    }

    @Test
    void theAuthorEditsAndEveryEarlierWordingIsKeptForTheAuthorAndManagersOnly() {
        Post p = fx.as(MEMBER, () -> discussion.post(group.getId(), null, "Meet on Tuesday?"));
        Post edited = fx.as(MEMBER, () -> edits.edit(p.getId(), p.getVersion(), "Meet on Wednesday?"));
        Post again = fx.as(MEMBER, () -> edits.edit(edited.getId(), edited.getVersion(), "Meet on Thursday?"));
        assertThat(again.getBody()).isEqualTo("Meet on Thursday?");
        assertThat(again.getEditedAt()).isNotNull();

        assertThat(fx.as(CONVENOR, () -> edits.history(p.getId())))
                .extracting(PostVersion::getBody, PostVersion::getChange)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Meet on Tuesday?", PostVersion.Change.EDITED),
                        org.assertj.core.groups.Tuple.tuple("Meet on Wednesday?", PostVersion.Change.EDITED));
        assertThat(fx.as(MEMBER, () -> edits.history(p.getId()))).hasSize(2);
        assertThatThrownBy(() -> fx.as(PATIENT, () -> edits.history(p.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(CONVENOR, () -> edits.edit(p.getId(), again.getVersion(), "Mine now")))
                .as("even a convenor does not put words in someone's mouth")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(MEMBER, () -> edits.edit(p.getId(), again.getVersion(), "  ")))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("A post cannot be empty");
    }

    @Test
    void anEditFromAStalePageIsRefusedAsAConflict() {
        Post p = fx.as(MEMBER, () -> discussion.post(group.getId(), null, "First wording"));
        fx.as(MEMBER, () -> edits.edit(p.getId(), p.getVersion(), "Second wording"));
        assertThatThrownBy(() -> fx.as(MEMBER, () -> edits.edit(p.getId(), p.getVersion(), "From the other tab")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        assertThatThrownBy(() -> fx.as(CONVENOR, () -> edits.remove(p.getId(), p.getVersion(), "Off topic")))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aRemovedPostLeavesATraceItsAuthorIsToldWhyAndItsWordingStaysInTheHistory() {
        Post p = fx.as(PATIENT, () -> discussion.post(group.getId(), null, "Something better said privately"));
        Post reply = fx.as(MEMBER, () -> discussion.post(group.getId(), p.getId(), "Agreed"));
        assertThatThrownBy(() -> fx.as(MEMBER, () -> edits.remove(p.getId(), p.getVersion(), "no")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(CONVENOR, () -> edits.remove(p.getId(), p.getVersion(), " ")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Say why you are removing someone else's post; they will be told.");

        fx.as(CONVENOR, () -> edits.remove(p.getId(), p.getVersion(), "Names a patient"));

        Post trace = fx.as(MEMBER, () -> discussion.thread(group)).stream()
                .filter(x -> x.getId().equals(p.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(trace.isRemoved()).isTrue();
        assertThat(trace.getBody()).as("the wording leaves the thread").isEmpty();
        assertThat(trace.getRemovedReason()).isEqualTo("Names a patient");
        assertThat(trace.getRemovedBy().getId()).isEqualTo(fx.memberId(CONVENOR));
        assertThat(fx.as(MEMBER, () -> discussion.thread(group)))
                .extracting(Post::getId)
                .contains(reply.getId());
        assertThat(fx.as(PATIENT, () -> edits.history(p.getId())))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.getBody()).isEqualTo("Something better said privately");
                    assertThat(v.getChange()).isEqualTo(PostVersion.Change.REMOVED);
                });
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE recipient_id = ? AND title = ?",
                        Long.class,
                        fx.memberId(PATIENT),
                        "Your post in " + group.getName() + " was removed"))
                .isEqualTo(1);
        Post removed = trace;
        assertThatThrownBy(() -> fx.as(PATIENT, () -> edits.edit(p.getId(), removed.getVersion(), "Back")))
                .isInstanceOf(BusinessException.class)
                .hasMessage("This post has been removed.");
    }

    @Test
    void authorsRemoveTheirOwnPostsWithoutGivingAReason() {
        Post p = fx.as(MEMBER, () -> discussion.post(group.getId(), null, "Posted in the wrong group"));
        Post removed = fx.as(MEMBER, () -> edits.remove(p.getId(), p.getVersion(), ""));
        assertThat(removed.isRemoved()).isTrue();
        assertThat(removed.getRemovedReason()).isNull();
    }
}
