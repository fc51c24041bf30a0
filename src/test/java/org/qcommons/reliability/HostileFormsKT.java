package org.qcommons.reliability;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.security.Registration;
import org.qcommons.testsupport.HostileInputs;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hostile corpus through the forms HostileInputKT does not reach: exchange request, buddy request and offer,
 * group discussion, meeting scheduling, agenda item, minutes, decisions, actions, PDSA review, measure and topic
 * admin. Each form gets every fourth string (a different quarter per form, so four neighbouring forms together
 * take the whole corpus); nothing may throw, no "unexpected error" may show, and nothing may render as markup.
 */
class HostileFormsKT extends KaribuTest {

    private static final int STEP = 4;

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

    @Autowired
    AgendaService agendaService;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> failures = new ArrayList<>();
    private long topicsBefore;
    private long requestsBefore;

    /** A form: who uses it, where it is, an optional button that opens it in a dialog, and the buttons that submit. */
    record Form(String name, String user, String route, String opener, List<String> submits) {}

    @AfterEach
    void removeWhatTheCorpusCreatedInSharedLists() {
        // Topics and exchange requests are listed for everyone; leave them as other tests expect them.
        jdbc.update("delete from expertise_request_skill where request_id > ?", requestsBefore);
        jdbc.update("delete from expertise_request where id > ?", requestsBefore);
        jdbc.update("delete from topic where id > ? and id not in (select topic_id from project_topic)", topicsBefore);
    }

    private String freshMember() {
        String email = "hostile-" + UUID.randomUUID() + "@test.qcommons.example";
        Registration r = new Registration();
        r.setFullName("Hostile Forms Tester");
        r.setEmail(email);
        r.setPassword("a-long-password-1");
        r.setProfession("Nurse");
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        Member m = accountService.register(r);
        SystemRunner.asSystem(() -> accountService.approve(m.getId()));
        return email;
    }

    @Test
    void everyRemainingFormHandlesTheCorpus() {
        topicsBefore = jdbc.queryForObject("select coalesce(max(id), 0) from topic", Long.class);
        requestsBefore = jdbc.queryForObject("select coalesce(max(id), 0) from expertise_request", Long.class);
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accountService);
        MeetingGroup group = fx.group(Visibility.PRIVATE);
        // Two meetings: the agenda form adds an item per string, which must not slow every minutes save down.
        Meeting agendaMeeting = fx.meeting(group, LocalDateTime.now(clock).plusDays(20));
        Meeting meeting = fx.meeting(group, LocalDateTime.now(clock).minusDays(1));
        fx.as(MeetingsFixture.CONVENOR, () -> meetings.markHeld(meeting.getId()));
        String newcomer = freshMember();
        String buddy = freshMember();
        String measurer = freshMember();

        List<Form> forms = List.of(
                new Form(
                        "exchange request",
                        DemoAccounts.COORDINATOR,
                        "exchange/requests/new",
                        null,
                        List.of("Post request")),
                new Form(
                        "buddy request",
                        newcomer,
                        "buddying/request",
                        null,
                        List.of("Ask for a buddy", "Save changes")),
                new Form("buddy offer", buddy, "buddying/offer", null, List.of("Save offer")),
                new Form(
                        "discussion",
                        MeetingsFixture.CONVENOR,
                        "groups/" + group.getSlug() + "?tab=discussion",
                        null,
                        List.of("Post", "Reply")),
                new Form(
                        "meeting",
                        MeetingsFixture.CONVENOR,
                        "groups/" + group.getSlug() + "?tab=meetings",
                        "Schedule a meeting",
                        List.of("Save")),
                new Form(
                        "agenda item",
                        MeetingsFixture.CONVENOR,
                        "meetings/" + agendaMeeting.getId(),
                        "Add agenda item",
                        List.of("Save")),
                new Form(
                        "minutes, decisions, actions, PDSA",
                        MeetingsFixture.CONVENOR,
                        "meetings/" + meeting.getId(),
                        null,
                        List.of("Record decision", "Add action", "Save minutes", "Save PDSA review")),
                new Form("measure", measurer, "measures", "New measure", List.of("Save")),
                new Form("topic admin", DemoAccounts.ADMIN, "admin/topics", null, List.of("Save")));

        List<String> corpus = HostileInputs.all();
        int filled = 0;
        for (int f = 0; f < forms.size(); f++) {
            Form form = forms.get(f);
            signInAs(form.user());
            int filledHere = 0;
            for (int i = f % STEP; i < corpus.size(); i += STEP) {
                String hostile = corpus.get(i);
                try {
                    filledHere += submit(form, hostile);
                    HostileChecks.assertPageSafe(form.name());
                } catch (RuntimeException | AssertionError e) {
                    failures.add(form.name() + " <- " + HostileApiIT.abbreviate(hostile) + ": " + e);
                }
                _find(Dialog.class).forEach(Dialog::close);
            }
            assertThat(filledHere).as("fields filled on " + form.name()).isGreaterThan(corpus.size() / STEP / 2);
            filled += filledHere;
        }
        assertThat(failures).as("hostile inputs that broke a form").isEmpty();
        assertThat(filled).isGreaterThan(corpus.size() * 2);
    }

    private int submit(Form form, String hostile) {
        int q = form.route().indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(form.route());
        } else {
            UI.getCurrent()
                    .navigate(
                            form.route().substring(0, q),
                            QueryParameters.fromString(form.route().substring(q + 1)));
        }
        Component container = currentView();
        if (form.opener() != null) {
            Button opener = _find(container, Button.class, s -> s.withText(form.opener()))
                    .getFirst();
            _click(opener);
            container = _find(Dialog.class).stream()
                    .filter(Dialog::isOpened)
                    .reduce((a, b) -> b)
                    .orElseThrow();
        }
        int filled = HostileChecks.fill(container, hostile);
        for (String text : form.submits()) {
            for (Button b : _find(container, Button.class, s -> s.withText(text))) {
                if (b.isAttached() && b.isVisible() && b.isEnabled()) {
                    _click(b);
                }
            }
        }
        return filled;
    }
}
