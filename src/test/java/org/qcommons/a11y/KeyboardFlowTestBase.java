package org.qcommons.a11y;

import org.qcommons.buddying.BuddyPairService;
import org.qcommons.buddying.BuddyService;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.ActionService;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.AttendanceService;
import org.qcommons.meetings.DecisionService;
import org.qcommons.meetings.MeetingService;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.MemberService;
import org.qcommons.security.AccountService;
import org.qcommons.skills.SkillService;
import org.qcommons.testsupport.KeyboardTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** What the keyboard walkthroughs of the exchange, buddying and meeting flows share: the services they check through. */
abstract class KeyboardFlowTestBase extends KeyboardTestBase {

    static final String DEMO_PASSWORD = "qcommons-demo";
    static final String FIXTURE_PASSWORD = "fixture-password";

    @Autowired
    BuddyService buddying;
    @Autowired
    BuddyPairService buddyPairs;
    @Autowired
    MemberService members;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    SkillService skills;
    @Autowired
    GroupService groups;
    @Autowired
    MeetingService meetings;
    @Autowired
    ActionService actionService;
    @Autowired
    AgendaService agendaService;
    @Autowired
    AttendanceService attendanceService;
    @Autowired
    DecisionService decisionService;

    static Exchange exchange(ExchangeFixtures fx, String user, Exchange e) {
        return fx.as(user, () -> fx.exchanges.exchange(e.getId())).orElseThrow();
    }

    static ExchangeState state(ExchangeFixtures fx, String user, Exchange e) {
        return exchange(fx, user, e).getState();
    }

    /** The label of the focused radio button, or null if focus is not on one (its input is named after its group). */
    String radioLabel() {
        return (String) js("const a = arguments[0]; return a && a.type === 'radio'"
                + " ? a.closest('vaadin-radio-button').querySelector('label').textContent.trim() : null;", active());
    }
}
