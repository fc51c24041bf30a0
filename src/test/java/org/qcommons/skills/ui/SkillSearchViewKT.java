package org.qcommons.skills.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.skills.MemberSkill;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SkillSearchViewKT extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SkillService skills;

    @Test
    void onlyMembersWhoConsentedAppear() {
        signInAs(Role.MEMBER);
        SkillSearchView view = navigateTo("skills", SkillSearchView.class);
        int visible = jdbc.queryForObject("""
                SELECT COUNT(*) FROM member_skill ms JOIN member m ON m.id = ms.member_id JOIN skill s ON s.id = ms.skill_id
                WHERE m.status = 'ACTIVE' AND m.directory_consent = TRUE AND s.active = TRUE""", Integer.class);
        int all = jdbc.queryForObject("SELECT COUNT(*) FROM member_skill", Integer.class);
        assertThat(_size(view.grid)).isEqualTo(visible).isLessThan(all);
        for (int i = 0; i < Math.min(30, visible); i++) {
            assertThat(_get(view.grid, i).getMember().isDirectoryConsent()).isTrue();
        }
    }

    @Test
    void filtersBySkillMinimumLevelAndAvailability() {
        signInAs(Role.MEMBER);
        SkillSearchView view = navigateTo("skills", SkillSearchView.class);
        var lean = skills.activeSkills().stream()
                .filter(s -> s.getName().equals("Lean"))
                .findFirst()
                .orElseThrow();
        Fields.setValue(view.skill, lean);
        Fields.setValue(view.minLevel, SkillLevel.EXPERIENCED);
        Fields.setValue(view.minDays, 2);
        int n = _size(view.grid);
        assertThat(n).isPositive();
        for (int i = 0; i < n; i++) {
            MemberSkill ms = _get(view.grid, i);
            assertThat(ms.getSkill()).isEqualTo(lean);
            assertThat(ms.getLevel().atLeast(SkillLevel.EXPERIENCED)).isTrue();
            assertThat(ms.getMember().getAvailabilityDaysPerQuarter()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void restoresFiltersFromTheUrl() {
        signInAs(Role.MEMBER);
        SkillSearchView view =
                navigateTo("skills?level=CAN_TEACH&region=west-of-england&offered=true", SkillSearchView.class);
        assertThat(view.minLevel.getValue()).isEqualTo(SkillLevel.CAN_TEACH);
        assertThat(view.offeredOnly.getValue()).isTrue();
        int n = _size(view.grid);
        assertThat(n).isPositive();
        for (int i = 0; i < n; i++) {
            MemberSkill ms = _get(view.grid, i);
            assertThat(ms.getLevel()).isEqualTo(SkillLevel.CAN_TEACH);
            assertThat(ms.isOffered()).isTrue();
            assertThat(ms.getMember().getRegion().getSlug()).isEqualTo("west-of-england");
        }
    }
}
