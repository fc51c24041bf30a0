package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.audit.AuditEntry;
import org.qcommons.base.audit.AuditService;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** Envers keeps who changed an agenda item (and its minutes) and when, field by field. */
class AuditTrailIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService audit;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
    }

    @Test
    void everyChangeIsRecordedWithWhoAndWhat() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting m = fx.as(
                CONVENOR,
                () -> meetings.schedule(
                        g.getId(), "Audit meeting", LocalDateTime.now(clock).plusDays(10), 90, "Room 1", null));
        AgendaItem item = fx.as(CONVENOR, () -> agendaService.addItem(m.getId(), "Skills register", "Alex", 20, null));
        fx.as(
                CONVENOR,
                () -> agendaService.updateItem(
                        item.getId(), item.getVersion(), "Skills register update", "Alex", 25, null));

        List<AuditEntry> history = fx.as(CONVENOR, () -> audit.history(AgendaItem.class, item.getId()));
        assertThat(history).hasSize(2);
        AuditEntry latest = history.getFirst();
        assertThat(latest.kind()).isEqualTo("Changed");
        assertThat(latest.who()).isEqualTo(CONVENOR);
        assertThat(latest.changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("title");
            assertThat(c.before()).isEqualTo("Skills register");
            assertThat(c.after()).isEqualTo("Skills register update");
        });
        assertThat(latest.changes()).anySatisfy(c -> assertThat(c.field()).isEqualTo("minutesAllotted"));
        assertThat(history.getLast().kind()).isEqualTo("Created");
    }
}
