package org.qcommons.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.tasks.MemberTasks;
import org.qcommons.base.tasks.WorkItem;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Your work" lists an exchange for everyone in it: the member lent, the coordinator of the lending organisation and
 * the coordinator of the host; and the open requests a coordinator's organisation raised.
 */
class ExchangeWorkIT extends IntegrationTestBase {

    @Autowired
    MemberTasks tasks;

    @Test
    void everyPartyToARunningExchangeSeesItUnderYourWork() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        ExchangeFixtures.Lender lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest used = fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 2);
        Exchange e = fx.exchangeIn(ExchangeState.AGREED, member, used, lender);
        ExpertiseRequest waiting = fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 3);
        String link = "exchange/exchanges/" + e.getId();

        assertThat(work(fx, member))
                .anyMatch(w -> w.link().equals(link) && w.title().contains("you give your time"));
        assertThat(work(fx, lender.coordinator()))
                .anyMatch(w -> w.link().equals(link) && w.title().contains("your organisation lends"));
        List<WorkItem> host = work(fx, ExchangeFixtures.HOST_COORDINATOR);
        assertThat(host).anyMatch(w -> w.link().equals(link) && w.title().contains("your organisation hosts"));
        assertThat(host)
                .anyMatch(w -> w.link().equals("exchange/requests/" + waiting.getId())
                        && w.title().startsWith("Request: "));
        // The lender's coordinator did not raise the request, so it is not their work.
        assertThat(work(fx, lender.coordinator())).noneMatch(w -> w.link().startsWith("exchange/requests/"));
    }

    private List<WorkItem> work(ExchangeFixtures fx, String username) {
        return fx.as(username, () -> tasks.myWork()).stream()
                .filter(w -> w.group().equals(ExchangeTasks.GROUP))
                .toList();
    }
}
