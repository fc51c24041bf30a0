package org.qcommons.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.Role;
import org.qcommons.skills.SkillLevel;
import org.qcommons.testsupport.IntegrationTestBase;

/** Nobody approves their own release, at the service: a coordinator invited as the member needs someone else. */
class SelfReleaseIT extends IntegrationTestBase {

    ExchangeFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ExchangeFixtures(applicationContext);
    }

    /** A lending coordinator invited to the exchange, who has accepted it. */
    private Exchange acceptedByACoordinator(ExchangeFixtures.Lender lender, String coordinatorMember) {
        ExpertiseRequest r = fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 2);
        Exchange invited = fx.as(
                ExchangeFixtures.HOST_COORDINATOR,
                () -> fx.exchanges.invite(r.getId(), fx.memberId(coordinatorMember)));
        return fx.as(coordinatorMember, () -> fx.exchanges.accept(invited.getId()));
    }

    private String coordinatorWhoOffers(ExchangeFixtures.Lender lender) {
        return fx.newMember(
                lender.org(),
                fx.testSkill,
                SkillLevel.EXPERIENCED,
                EnumSet.of(Role.MEMBER, Role.ORG_COORDINATOR),
                true);
    }

    @Test
    void aCoordinatorCannotApproveTheirOwnReleaseButAnotherCoordinatorCan() {
        ExchangeFixtures.Lender lender = fx.newLender(null);
        String self = coordinatorWhoOffers(lender);
        Exchange e = acceptedByACoordinator(lender, self);

        assertThatThrownBy(() -> fx.as(self, () -> fx.delivery.approveRelease(e.getId(), "Me, myself")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cannot approve your own release");
        assertThat(fx.as(self, () -> fx.exchanges.exchange(e.getId()).orElseThrow())
                        .getState())
                .isEqualTo(ExchangeState.ACCEPTED);

        Exchange approved = fx.as(lender.coordinator(), () -> fx.delivery.approveRelease(e.getId(), "Agreed"));
        assertThat(approved.getState()).isEqualTo(ExchangeState.AGREED);
    }

    @Test
    void anAdministratorMayApproveTheRelease() {
        ExchangeFixtures.Lender lender = fx.newLender(null);
        String self = coordinatorWhoOffers(lender);
        Exchange e = acceptedByACoordinator(lender, self);

        Exchange approved = fx.as(DemoAccounts.ADMIN, () -> fx.delivery.approveRelease(e.getId(), "Agreed"));
        assertThat(approved.getState()).isEqualTo(ExchangeState.AGREED);
    }
}
