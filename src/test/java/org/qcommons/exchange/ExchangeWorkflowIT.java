package org.qcommons.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.TestMail;

class ExchangeWorkflowIT extends IntegrationTestBase {

    static final String HOST = ExchangeFixtures.HOST_COORDINATOR;
    ExchangeFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ExchangeFixtures(applicationContext);
    }

    @Test
    void theWholeFlowEndsCompleteWithABalancedLedgerEntry() {
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(HOST, fx.testSkill, 3);

        var ranked = fx.as(HOST, () -> fx.matching.candidates(r.getId()));
        assertThat(ranked).anySatisfy(s -> assertThat(s.candidate().memberId()).isEqualTo(fx.memberId(member)));
        assertThat(ranked)
                .allSatisfy(s -> assertThat(s.candidate().organisationId())
                        .isNotEqualTo(r.getRequestingOrg().getId()));

        Exchange done = fx.exchangeIn(ExchangeState.COMPLETE, member, r, lender);
        assertThat(done.getState()).isEqualTo(ExchangeState.COMPLETE);
        assertThat(done.getMemberFeedback()).isEqualTo("Good");
        assertThat(done.getHostFeedback()).isEqualTo("Thank you");
        var entries = fx.as(member, () -> fx.ledger.entriesFor(done.getId()));
        assertThat(entries).extracting(LedgerEntry::getDays).containsExactlyInAnyOrder(-3, 3);
        assertThat(entries)
                .filteredOn(e -> e.getDays() < 0)
                .singleElement()
                .satisfies(e -> assertThat(e.getOrganisation()).isEqualTo(lender.org()));
        assertThat(fx.as(member, () -> fx.ledger.invariant()).holds()).isTrue();
        // Once invited, a member is not proposed again for the same request.
        assertThat(fx.as(HOST, () -> fx.matching.candidates(r.getId())))
                .noneMatch(s -> s.candidate().memberId().equals(fx.memberId(member)));
    }

    @Test
    void everyStepEmailsThePeopleConcerned() {
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(HOST, fx.testSkill, 2);
        Exchange e = fx.exchangeIn(ExchangeState.ACCEPTED, member, r, lender);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(TestMail.subjectsTo(member)).contains("Q Commons: You are invited: " + r.getTitle());
            assertThat(TestMail.subjectsTo(lender.coordinator())).anyMatch(s -> s.contains("Release needed"));
            assertThat(TestMail.subjectsTo(HOST)).contains("Q Commons: Invitation accepted: " + r.getTitle());
        });
        fx.as(lender.coordinator(), () -> fx.delivery.refuseRelease(e.getId(), "Winter pressures"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var mail = TestMail.to(member).stream()
                    .filter(m -> {
                        try {
                            return m.getSubject().equals("Q Commons: Release refused: " + r.getTitle());
                        } catch (MessagingException ex) {
                            return false;
                        }
                    })
                    .findFirst();
            assertThat(mail).isPresent();
            assertThat(mail.get().getContent().toString())
                    .contains("Winter pressures")
                    .contains("exchange/exchanges/" + e.getId());
        });
    }

    @Test
    void illegalStepsAreRefusedWithAClearMessage() {
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(HOST, fx.testSkill, 2);
        Exchange e = fx.exchangeIn(ExchangeState.INVITED, member, r, lender);
        assertThatThrownBy(() -> fx.as(HOST, () -> fx.delivery.confirmDays(e.getId())))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot confirm the days")
                .hasMessageContaining("invited");
        assertThatThrownBy(() -> fx.as(HOST, () -> fx.exchanges.accept(e.getId())))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("Only the member");
        assertThatThrownBy(() -> fx.as(HOST, () -> fx.exchanges.invite(r.getId(), fx.memberId(member))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("already been invited");
        fx.as(member, () -> fx.exchanges.decline(e.getId(), "On leave"));
        assertThatThrownBy(() -> fx.as(member, () -> fx.exchanges.accept(e.getId())))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("finished");
        assertThatThrownBy(() -> fx.as(HOST, () -> fx.exchanges.cancel(e.getId(), " ")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void anOrganisationAtItsCapIsNotProposedAndCannotApproveMore() {
        var lender = fx.newLender(2);
        String first = fx.newMember(lender.org(), fx.testSkill);
        String second = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(HOST, fx.testSkill, 2);
        Exchange a = fx.exchangeIn(ExchangeState.ACCEPTED, first, r, lender);
        Exchange b = fx.exchangeIn(ExchangeState.ACCEPTED, second, r, lender);
        fx.as(lender.coordinator(), () -> fx.delivery.approveRelease(a.getId(), null));
        assertThatThrownBy(() -> fx.as(lender.coordinator(), () -> fx.delivery.approveRelease(b.getId(), null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("lending cap");

        ExpertiseRequest other = fx.newRequest(HOST, fx.testSkill, 1);
        assertThat(fx.as(HOST, () -> fx.matching.candidates(other.getId())))
                .noneMatch(
                        s -> s.candidate().organisationId().equals(lender.org().getId()));
        assertThatThrownBy(() -> fx.as(HOST, () -> fx.exchanges.invite(other.getId(), fx.memberId(second))))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("lending cap");
    }
}
