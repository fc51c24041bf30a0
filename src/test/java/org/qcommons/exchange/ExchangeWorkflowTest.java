package org.qcommons.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.exchange.ExchangeAction.*;
import static org.qcommons.exchange.ExchangeState.*;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExchangeWorkflowTest {

    static final Set<Party> MEMBER_ONLY = EnumSet.of(Party.MEMBER);
    static final Set<Party> HOME = EnumSet.of(Party.HOME_COORDINATOR);
    static final Set<Party> HOST = EnumSet.of(Party.HOST_COORDINATOR);

    @Test
    void theHappyPathRunsFromInvitationToConfirmation() {
        assertThat(ExchangeWorkflow.next(INVITED, ACCEPT, MEMBER_ONLY)).isEqualTo(ACCEPTED);
        assertThat(ExchangeWorkflow.next(ACCEPTED, APPROVE_RELEASE, HOME)).isEqualTo(AGREED);
        assertThat(ExchangeWorkflow.next(AGREED, LOG_DAYS, MEMBER_ONLY)).isEqualTo(DAYS_LOGGED);
        assertThat(ExchangeWorkflow.next(DAYS_LOGGED, LOG_DAYS, MEMBER_ONLY)).isEqualTo(DAYS_LOGGED);
        assertThat(ExchangeWorkflow.next(DAYS_LOGGED, CONFIRM_DAYS, HOST)).isEqualTo(CONFIRMED);
        assertThat(ExchangeWorkflow.next(CONFIRMED, LEAVE_FEEDBACK, HOST)).isEqualTo(CONFIRMED);
    }

    @Test
    void declinesAndRefusalsEndTheExchange() {
        assertThat(ExchangeWorkflow.next(INVITED, DECLINE, MEMBER_ONLY)).isEqualTo(DECLINED);
        assertThat(ExchangeWorkflow.next(ACCEPTED, REFUSE_RELEASE, HOME)).isEqualTo(RELEASE_REFUSED);
        assertThat(DECLINED.isFinished()).isTrue();
        assertThat(RELEASE_REFUSED.isFinished()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = ExchangeState.class,
            names = {"INVITED", "ACCEPTED", "AGREED", "DAYS_LOGGED"})
    void anySideMayCancelBeforeTheDaysAreConfirmed(ExchangeState from) {
        for (Party p : Party.values()) {
            assertThat(ExchangeWorkflow.next(from, CANCEL, EnumSet.of(p))).isEqualTo(CANCELLED);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = ExchangeState.class,
            names = {"CONFIRMED", "COMPLETE", "CANCELLED", "DECLINED", "RELEASE_REFUSED"})
    void cancellingAfterConfirmationOrTheEndIsRefused(ExchangeState from) {
        assertThatThrownBy(() -> ExchangeWorkflow.next(from, CANCEL, HOST))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageStartingWith("You cannot cancel the exchange");
    }

    @Test
    void everyStateRefusesEveryActionItDoesNotAllow() {
        int refused = 0;
        for (ExchangeState s : ExchangeState.values()) {
            for (ExchangeAction a : ExchangeAction.values()) {
                if (!ExchangeWorkflow.allowedActions(s).contains(a)) {
                    assertThatThrownBy(() -> ExchangeWorkflow.next(s, a))
                            .isInstanceOf(IllegalTransitionException.class)
                            .hasMessageContaining(a.phrase())
                            .hasMessageContaining(s.label().toLowerCase());
                    refused++;
                }
            }
        }
        assertThat(refused).isGreaterThan(50);
    }

    @Test
    void onlyTheRightSideMayTakeEachStep() {
        assertThatThrownBy(() -> ExchangeWorkflow.next(INVITED, ACCEPT, HOST))
                .hasMessage("Only the member can accept the invitation.");
        assertThatThrownBy(() -> ExchangeWorkflow.next(ACCEPTED, APPROVE_RELEASE, HOST))
                .hasMessage("Only the member's home coordinator can approve the release.");
        assertThatThrownBy(() -> ExchangeWorkflow.next(DAYS_LOGGED, CONFIRM_DAYS, MEMBER_ONLY))
                .hasMessage("Only the host's coordinator can confirm the days.");
        assertThatThrownBy(() -> ExchangeWorkflow.next(AGREED, LOG_DAYS, EnumSet.noneOf(Party.class)))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theMessageNamesTheStepsThatAreAllowedNow() {
        assertThatThrownBy(() -> ExchangeWorkflow.next(INVITED, CONFIRM_DAYS))
                .hasMessageContaining(
                        "next steps are: accept the invitation, decline the invitation, cancel the exchange");
        assertThatThrownBy(() -> ExchangeWorkflow.next(COMPLETE, LEAVE_FEEDBACK))
                .hasMessageContaining("finished");
    }
}
