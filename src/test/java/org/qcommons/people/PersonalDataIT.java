package org.qcommons.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.security.AccountService;
import org.qcommons.security.Registration;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class PersonalDataIT extends IntegrationTestBase {

    @Autowired
    PersonalDataService personalData;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SkillService skills;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private QUser newActiveMember() {
        String email = "gdpr-" + UUID.randomUUID() + "@test.qcommons.example";
        Registration r = new Registration();
        r.setFullName("Gail Privacy");
        r.setEmail(email);
        r.setPassword("a-long-password-1");
        r.setProfession("Physiotherapist");
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        Member m = accounts.register(r);
        SystemRunner.asSystem(() -> {
            accounts.approve(m.getId());
            skills.addSkill(
                    members.profile(m.getId()).orElseThrow(),
                    skills.activeSkills().getFirst(),
                    SkillLevel.EXPERIENCED,
                    true,
                    "Ran a falls collaborative");
        });
        QUser user = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    @Test
    void aMemberDownloadsEverythingHeldAboutThem() {
        QUser me = newActiveMember();
        String json = personalData.exportJson(me.memberId());
        assertThat(json)
                .contains(
                        "\"profile\"",
                        "Gail Privacy",
                        "Physiotherapist",
                        "\"skills\"",
                        "Ran a falls collaborative",
                        "\"account\"",
                        me.username(),
                        "\"projects\"");
    }

    @Test
    void erasureAnonymisesTheMemberEverywhere() {
        QUser me = newActiveMember();
        jdbc.update(
                "insert into security_event (occurred_at, type, username, remote_address) values (now(6), 'SIGN_IN_SUCCESS', ?, '10.1.2.3')",
                me.username().toLowerCase());
        jdbc.update(
                "insert into audit_revision (changed_at, username, member_id) values (0, ?, ?)",
                me.username(),
                me.memberId());
        personalData.erase(me.memberId());

        var row = jdbc.queryForMap(
                "select full_name, email, profession, bio, status, directory_consent from member where id = ?",
                me.memberId());
        assertThat(row.get("full_name")).isEqualTo("Former member");
        assertThat((String) row.get("email")).doesNotContain("gdpr-");
        assertThat(row.get("profession")).isNull();
        assertThat(row.get("status")).isEqualTo("DEACTIVATED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from member_skill where member_id = ?", Integer.class, me.memberId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from security_event where username = ?",
                        Integer.class,
                        me.username().toLowerCase()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_account where username = ?", Integer.class, me.username()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_revision where username = ?", Integer.class, me.username()))
                .isZero();
    }

    @Test
    void nobodyElseMayExportOrEraseAMember() {
        QUser first = newActiveMember();
        newActiveMember();
        assertThatThrownBy(() -> personalData.exportJson(first.memberId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> personalData.erase(first.memberId())).isInstanceOf(AccessDeniedException.class);
    }
}
