package org.qcommons.skills.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillAdministration;
import org.qcommons.skills.SkillGroup;
import org.qcommons.skills.SkillService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class SkillTaxonomyViewKT extends KaribuTest {

    @Autowired
    SkillService skills;

    @Autowired
    SkillAdministration skillAdmin;

    private SkillGroup group(String name) {
        return skillAdmin.activeGroups().stream()
                .filter(g -> g.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void onlyAdminsMayEditTheTaxonomy() {
        signInAs(Role.MEMBER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/skills"))
                .isInstanceOf(MockAccessDeniedException.class);
        signInAs(Role.ORG_COORDINATOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/skills"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anAdminAddsAndRetiresASkill() {
        signInAs(Role.ADMIN);
        SkillTaxonomyView view = navigateTo("admin/skills", SkillTaxonomyView.class);
        int before = _size(view.grid);
        String name = "Appreciative inquiry " + System.nanoTime();
        Fields.setValue(view.name, name);
        Fields.setValue(view.group, group("People"));
        _click(view.save);
        assertThat(_size(view.grid)).isEqualTo(before + 1);
        Skill added = skills.allSkills().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(added.isActive()).isTrue();
        assertThat(skills.activeSkills()).contains(added);

        view.grid.select(added);
        Fields.setValue(view.active, false);
        _click(view.save);
        assertThat(skills.activeSkills()).doesNotContain(added);
    }

    @Test
    void aDuplicateOrBlankNameIsRefused() {
        signInAs(Role.ADMIN);
        SkillTaxonomyView view = navigateTo("admin/skills", SkillTaxonomyView.class);
        int before = _size(view.grid);
        Fields.setValue(view.name, "");
        _click(view.save);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Enter a name");

        Fields.setValue(view.name, "lean");
        Fields.setValue(view.group, group("QI methods"));
        _click(view.save);
        assertThat(_size(view.grid)).isEqualTo(before);
    }

    @Test
    void anAdminAddsARenamesASkillGroupAndMergesASkill() {
        signInAs(Role.ADMIN);
        SkillTaxonomyView view = navigateTo("admin/skills", SkillTaxonomyView.class);
        long n = System.nanoTime();
        Fields.setValue(view.groups.name, "Finance " + n);
        _click(view.groups.save);
        SkillGroup finance = group("Finance " + n);
        view.groups.edit(finance);
        Fields.setValue(view.groups.name, "Money " + n);
        _click(view.groups.save);
        assertThat(group("Money " + n).getFormerNames()).isEqualTo("Finance " + n);

        Skill a = skills.saveSkill(new Skill("Costing " + n, group("Money " + n)));
        Skill b = skills.saveSkill(new Skill("Unit costing " + n, group("Money " + n)));
        view.grid.select(b);
        _click(view.mergeButton);
        Fields.setValue(view.mergeDialog.into, a);
        _click(view.mergeDialog.merge);
        Skill merged =
                skills.allSkills().stream().filter(s -> s.equals(b)).findFirst().orElseThrow();
        assertThat(merged.isActive()).isFalse();
        assertThat(merged.getSuccessor()).isEqualTo(a);
    }
}
