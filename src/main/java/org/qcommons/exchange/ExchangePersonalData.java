package org.qcommons.exchange;

import static org.qcommons.base.personaldata.PersonalDataContributor.entry;

import java.util.List;
import java.util.Optional;
import org.qcommons.base.personaldata.PersonalDataContributor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Requests a member raised, interest they expressed, exchanges they were lent for or invited to, and the ledger
 * days of those exchanges. Erasure keeps exchanges and the ledger (they are the organisations' record of days
 * owed) pointing at the anonymised member, removes the member's own feedback, also from the audit trail, and
 * replaces their username on ledger entries they confirmed. Runs before the account is erased, while the
 * username is still known.
 */
@Component
@Order(100)
class ExchangePersonalData implements PersonalDataContributor {

    static final String FORMER_MEMBER = "former member";

    private final JdbcTemplate jdbc;

    ExchangePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "exchange";
    }

    @Override
    public Object export(Long memberId) {
        return entry(
                "requestsRaised", jdbc.queryForList("""
                        select r.id, r.title, r.description, r.days_needed, r.status, cast(r.created_at as char) created_at
                        from expertise_request r where r.created_by_id = ? order by r.id""", memberId),
                "interestExpressed", jdbc.queryForList("""
                        select r.id request_id, r.title, cast(i.created_at as char) created_at
                        from expertise_interest i join expertise_request r on r.id = i.request_id
                        where i.member_id = ? order by i.id""", memberId),
                "exchanges", jdbc.queryForList("""
                        select e.id, r.title request, lo.name lender, ho.name host,
                               case when e.member_id = ? then 'Lent member' else 'Invited the member' end your_part,
                               e.state, e.days_agreed, e.days_logged, e.reason, e.release_note, e.member_feedback,
                               e.host_feedback, cast(e.created_at as char) created_at
                        from concordat_exchange e join expertise_request r on r.id = e.request_id
                        join organisation lo on lo.id = e.lender_org_id join organisation ho on ho.id = e.host_org_id
                        where e.member_id = ? or e.invited_by_id = ? order by e.id""", memberId, memberId, memberId),
                "ledgerDays", jdbc.queryForList("""
                        select l.exchange_id, o.name organisation, l.days, l.posting, cast(l.entry_date as char) entry_date,
                               l.note
                        from ledger_entry l join concordat_exchange e on e.id = l.exchange_id
                        join organisation o on o.id = l.organisation_id
                        where e.member_id = ? order by l.id""", memberId),
                "ledgerEntriesYouConfirmed",
                        username(memberId)
                                .map(u -> jdbc.queryForObject(
                                        "select count(*) from ledger_entry where lower(created_by) = ?", Long.class, u))
                                .orElse(0L));
    }

    @Override
    public void erase(Long memberId) {
        jdbc.update("update concordat_exchange set member_feedback = null where member_id = ?", memberId);
        jdbc.update("update concordat_exchange_aud set member_feedback = null where member_id = ?", memberId);
        username(memberId).ifPresent(u -> {
            // The ledger's trigger (V64) allows exactly this change and no other.
            jdbc.update("update ledger_entry set created_by = ? where lower(created_by) = ?", FORMER_MEMBER, u);
            jdbc.update("update ledger_entry_aud set created_by = ? where lower(created_by) = ?", FORMER_MEMBER, u);
        });
    }

    private Optional<String> username(Long memberId) {
        List<String> names = jdbc.queryForList(
                "select lower(username) from user_account where member_id = ?", String.class, memberId);
        return names.stream().findFirst();
    }
}
