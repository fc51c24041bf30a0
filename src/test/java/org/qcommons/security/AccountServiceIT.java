package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberStatus;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountServiceIT extends IntegrationTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private Registration registration(String email) {
        Registration r = new Registration();
        r.setFullName("Test Newcomer");
        r.setEmail(email);
        r.setPassword("a-long-password-1");
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        return r;
    }

    private AuthenticationManager authManager() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    @Test
    void registrationCreatesAPendingMemberWhoCannotSignInUntilApproved() {
        String email = "newcomer-" + UUID.randomUUID() + "@test.qcommons.example";
        Member member = accounts.register(registration(email));
        assertThat(member.getStatus()).isEqualTo(MemberStatus.PENDING);
        assertThat(accounts.loadUserByUsername(email).getPassword()).startsWith("{argon2}");

        assertThatThrownBy(() -> authManager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "a-long-password-1")))
                .isInstanceOf(DisabledException.class);

        SystemRunner.asSystem(() -> accounts.approve(member.getId()));
        var auth = authManager()
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "a-long-password-1"));
        assertThat(auth.isAuthenticated()).isTrue();
    }

    @Test
    void duplicateEmailIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> accounts.register(registration(DemoAccounts.MEMBER.toUpperCase())))
                .isInstanceOf(DuplicateEmailException.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void wrongPasswordAndUnknownUserFailTheSameWay() {
        assertThatThrownBy(() -> authManager()
                        .authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated(DemoAccounts.MEMBER, "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authManager()
                        .authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated("nobody@example.org", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void onlyAdminsApprove() {
        Member member = accounts.register(registration("approve-" + UUID.randomUUID() + "@test.qcommons.example"));
        QUser plain = accounts.loadUserByUsername(DemoAccounts.MEMBER);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(plain, null, plain.getAuthorities()));
        assertThatThrownBy(() -> accounts.approve(member.getId())).isInstanceOf(AuthorizationDeniedException.class);
    }
}
