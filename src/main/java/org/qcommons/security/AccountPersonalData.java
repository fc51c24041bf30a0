package org.qcommons.security;

import static org.qcommons.base.personaldata.PersonalDataContributor.entry;

import java.util.UUID;
import org.qcommons.base.personaldata.PersonalDataContributor;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.base.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The sign-in account and the security log rows that name it. */
@Component
class AccountPersonalData implements PersonalDataContributor {

    private final UserAccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final AddressTraces traces;

    AccountPersonalData(
            UserAccountRepository accounts,
            JdbcTemplate jdbc,
            ApplicationEventPublisher publisher,
            AddressTraces traces) {
        this.traces = traces;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    @Override
    public String section() {
        return "account";
    }

    @Override
    public Object export(Long memberId) {
        return accounts.findByMemberId(memberId)
                .map(a -> entry(
                        "username",
                        a.getUsername(),
                        "enabled",
                        a.isEnabled(),
                        "roles",
                        a.getRoles().stream().map(Role::label).toList(),
                        "signInEvents",
                        jdbc.queryForList(
                                "select occurred_at, type, remote_address from security_event "
                                        + "where username = ? order by occurred_at desc",
                                a.getUsername().toLowerCase())))
                .orElse(null);
    }

    @Override
    public void erase(Long memberId) {
        accounts.findByMemberId(memberId).ifPresent(a -> {
            traces.forget(a.getUsername());
            // The audit trail keeps what changed, but no longer says that this person changed it.
            jdbc.update("update audit_revision set username = 'former member' where member_id = ?", memberId);
            jdbc.update("delete from second_factor_recovery_code where account_id = ?", a.getId());
            jdbc.update("delete from second_factor where account_id = ?", a.getId());
            a.setUsername("erased-" + memberId + "@erased.invalid");
            a.setPasswordHash("{noop}" + UUID.randomUUID() + UUID.randomUUID());
            a.setEnabled(false);
            a.getRoles().clear();
            a.bumpSecurityStamp();
            publisher.publishEvent(new AccessChanged(memberId, "erased"));
        });
    }
}
