package org.qcommons.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Role × action: who may do what with a request and its exchanges. Each cell builds a fresh scenario, so an allowed
 * action in one cell cannot change what another cell sees.
 */
class ExchangePermissionsIT extends IntegrationTestBase {

    static final String HOST = ExchangeFixtures.HOST_COORDINATOR;
    static final String ADMIN = DemoAccounts.ADMIN;
    static final List<String> ACTORS =
            List.of("member", "otherMember", "hostCoordinator", "homeCoordinator", "otherCoordinator", "admin");
    ExchangeFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ExchangeFixtures(applicationContext);
    }

    /** Everything an action needs: the exchange's people, with the exchange in the state the action expects. */
    record Scenario(ExpertiseRequest request, Exchange exchange, Map<String, String> users) {}

    Scenario scenario(ExchangeState state) {
        var lender = fx.newLender(null);
        var third = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        String other = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(HOST, fx.testSkill, 2);
        Exchange e = state == null ? null : fx.exchangeIn(state, member, r, lender);
        Map<String, String> users = new LinkedHashMap<>();
        users.put("member", member);
        users.put("otherMember", other);
        users.put("hostCoordinator", HOST);
        users.put("homeCoordinator", lender.coordinator());
        users.put("otherCoordinator", third.coordinator());
        users.put("admin", ADMIN);
        return new Scenario(r, e, users);
    }

    record Action(
            String name,
            ExchangeState state,
            Function<Scenario, Function<String, Object>> attempt,
            List<String> allowed) {}

    List<Action> actions() {
        return List.of(
                new Action(
                        "manage the request",
                        null,
                        s -> u -> fx.requests.changeStatus(s.request().getId(), RequestStatus.CLOSED),
                        List.of("hostCoordinator")),
                new Action(
                        "see who is interested",
                        null,
                        s -> u -> fx.requests.interests(s.request().getId()),
                        List.of("hostCoordinator", "admin")),
                new Action(
                        "see candidates",
                        null,
                        s -> u -> fx.matching.candidates(s.request().getId()),
                        List.of("hostCoordinator", "admin")),
                new Action(
                        "invite",
                        null,
                        s -> u -> fx.exchanges.invite(
                                s.request().getId(), fx.memberId(s.users().get("member"))),
                        List.of("hostCoordinator")),
                new Action(
                        "accept",
                        ExchangeState.INVITED,
                        s -> u -> fx.exchanges.accept(s.exchange().getId()),
                        List.of("member")),
                new Action(
                        "approve the release",
                        ExchangeState.ACCEPTED,
                        s -> u -> fx.delivery.approveRelease(s.exchange().getId(), null),
                        List.of("homeCoordinator", "admin")),
                new Action(
                        "log days",
                        ExchangeState.AGREED,
                        s -> u -> fx.delivery.logDays(s.exchange().getId(), 2),
                        List.of("member")),
                new Action(
                        "confirm days",
                        ExchangeState.DAYS_LOGGED,
                        s -> u -> fx.delivery.confirmDays(s.exchange().getId()),
                        List.of("hostCoordinator")),
                new Action(
                        "open the exchange",
                        ExchangeState.INVITED,
                        s -> u -> fx.exchanges
                                .exchange(s.exchange().getId())
                                .orElseThrow(() -> new AccessDeniedException("hidden")),
                        List.of("member", "hostCoordinator", "homeCoordinator", "admin")),
                new Action(
                        "see it listed",
                        ExchangeState.INVITED,
                        s -> u -> {
                            boolean listed = fx.exchanges.visibleExchanges(null, PageRequest.of(0, 10_000)).stream()
                                    .anyMatch(x -> x.getId().equals(s.exchange().getId()));
                            if (!listed) {
                                throw new AccessDeniedException("not listed");
                            }
                            return true;
                        },
                        List.of("member", "hostCoordinator", "homeCoordinator", "admin")));
    }

    @TestFactory
    List<DynamicTest> roleByActionMatrix() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Action action : actions()) {
            for (String actor : ACTORS) {
                boolean expected = action.allowed().contains(actor);
                tests.add(DynamicTest.dynamicTest(actor + (expected ? " may " : " may not ") + action.name(), () -> {
                    Scenario s = scenario(action.state());
                    String user = s.users().get(actor);
                    Throwable error = null;
                    try {
                        fx.as(user, () -> action.attempt().apply(s).apply(user));
                    } catch (AccessDeniedException | IllegalTransitionException e) {
                        error = e;
                    }
                    if (expected) {
                        assertThat(error)
                                .as("%s should be allowed to %s", actor, action.name())
                                .isNull();
                    } else {
                        assertThat(error)
                                .as("%s should be refused %s", actor, action.name())
                                .isNotNull();
                    }
                }));
            }
        }
        return tests;
    }
}
