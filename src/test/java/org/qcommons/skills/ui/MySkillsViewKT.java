package org.qcommons.skills.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.demo.ExchangeDemoData;
import org.qcommons.people.MemberService;
import org.qcommons.skills.MemberSkill;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillLevel;
import org.qcommons.skills.SkillService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class MySkillsViewKT extends KaribuTest {

    @Autowired
    SkillService skills;

    @Autowired
    MemberService members;

    private String freshMember() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        return fx.newMember(
                fx.org(ExchangeDemoData.RUH_BATH), null, SkillLevel.LEARNING, EnumSet.of(Role.MEMBER), false);
    }

    @Test
    void addsEditsAndRemovesMyOwnSkills() {
        var me = signInAs(freshMember());
        MySkillsView view = navigateTo("skills/mine", MySkillsView.class);
        assertThat(_size(view.grid)).isZero();

        Skill coaching = SystemRunner.asSystem(() -> skills.activeSkills().stream()
                .filter(s -> s.getName().equals("Coaching"))
                .findFirst()
                .orElseThrow());
        Fields.setValue(view.skill, coaching);
        Fields.setValue(view.level, SkillLevel.EXPERIENCED);
        Fields.setValue(view.evidence, "Coached three ward teams through PDSA cycles");
        _click(view.add);
        assertThat(_size(view.grid)).isEqualTo(1);
        MemberSkill saved = skills.skillsOf(me.memberId()).getFirst();
        assertThat(saved.getLevel()).isEqualTo(SkillLevel.EXPERIENCED);
        assertThat(saved.isOffered()).isTrue();
        assertThat(saved.getEvidence()).startsWith("Coached");
        // A skill already recorded is no longer offered in the picker.
        assertThat(view.skill.getListDataView().getItems()).doesNotContain(coaching);

        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(view.grid, 0, "actions");
        _click((Button) actions.getComponentAt(0));
        MemberSkillDialog dialog = _get(MemberSkillDialog.class);
        Fields.setValue(dialog.level, SkillLevel.CAN_TEACH);
        Fields.setValue(dialog.offered, false);
        _click(dialog.save);
        saved = skills.skillsOf(me.memberId()).getFirst();
        assertThat(saved.getLevel()).isEqualTo(SkillLevel.CAN_TEACH);
        assertThat(saved.isOffered()).isFalse();

        actions = (HorizontalLayout) _getCellComponent(view.grid, 0, "actions");
        _click((Button) actions.getComponentAt(1));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(skills.skillsOf(me.memberId())).isEmpty();
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void addingWithoutChoosingASkillShowsAMessageOnTheField() {
        signInAs(freshMember());
        MySkillsView view = navigateTo("skills/mine", MySkillsView.class);
        _click(view.add);
        assertThat(view.skill.isInvalid()).isTrue();
        assertThat(view.skill.getErrorMessage()).isEqualTo("Choose a skill");
    }

    @Test
    void savesAvailabilityAndRejectsImpossibleDays() {
        var me = signInAs(freshMember());
        MySkillsView view = navigateTo("skills/mine", MySkillsView.class);
        Fields.setValue(view.availabilityDaysPerQuarter, 99);
        _click(view.saveAvailability);
        assertThat(view.availabilityDaysPerQuarter.isInvalid()).isTrue();
        assertThat(view.availabilityDaysPerQuarter.getErrorMessage()).contains("65");

        Fields.setValue(view.availabilityDaysPerQuarter, 8);
        Fields.setValue(view.canTravel, false);
        Fields.setValue(view.worksRemotely, true);
        _click(view.saveAvailability);
        var saved = members.profile(me.memberId()).orElseThrow();
        assertThat(saved.getAvailabilityDaysPerQuarter()).isEqualTo(8);
        assertThat(saved.isCanTravel()).isFalse();
        assertThat(saved.isWorksRemotely()).isTrue();
    }
}
