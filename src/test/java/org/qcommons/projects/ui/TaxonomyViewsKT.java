package org.qcommons.projects.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.projects.QiMethod;
import org.qcommons.projects.TaxonomyAdministration;
import org.qcommons.projects.TaxonomyAdministration.Use;
import org.qcommons.projects.Topic;
import org.qcommons.projects.TopicKind;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The topics and methods pages: rename keeps the old name, merge says what moves and asks first. */
class TaxonomyViewsKT extends KaribuTest {

    @Autowired
    TaxonomyAdministration admin;

    @Test
    void anAdminRenamesATopicAndMergesItAfterBeingToldWhatMoves() {
        signInAs(Role.ADMIN);
        long n = System.nanoTime();
        Topic target = admin.addTopic("Gorseback ulcer " + n, TopicKind.CONDITION);
        TopicsView view = navigateTo("admin/topics", TopicsView.class);
        Fields.setValue(view.name, "Heathmoor ulcer " + n);
        Fields.setValue(view.kind, TopicKind.CONDITION);
        _click(view.save);
        Topic added = topic("Heathmoor ulcer " + n);

        view.edit(added);
        Fields.setValue(view.name, "Heathmoor sore " + n);
        _click(view.save);
        assertThat(topic("Heathmoor sore " + n).getFormerNames()).isEqualTo("Heathmoor ulcer " + n);

        view.edit(topic("Heathmoor sore " + n));
        _click(view.mergeButton);
        assertThat(view.mergeDialog.moves.getText()).contains("Nothing uses Heathmoor sore " + n);
        _click(view.mergeDialog.merge);
        assertThat(view.mergeDialog.into.isInvalid()).isTrue();
        Fields.setValue(view.mergeDialog.into, topic("Gorseback ulcer " + n));
        _click(view.mergeDialog.merge);
        assertThat(topic("Heathmoor sore " + n).getSuccessor()).isEqualTo(target);
        assertThat(topic("Heathmoor sore " + n).isActive()).isFalse();
    }

    @Test
    void anAdminAddsAndRetiresAMethod() {
        signInAs(Role.ADMIN);
        long n = System.nanoTime();
        MethodsView view = navigateTo("admin/methods", MethodsView.class);
        Fields.setValue(view.name, "Gemba walk " + n);
        _click(view.save);
        QiMethod added = method("Gemba walk " + n);
        assertThat(added.isActive()).isTrue();
        view.edit(added);
        _click(view.retire);
        assertThat(method("Gemba walk " + n).isActive()).isFalse();

        Fields.setValue(view.name, "");
        _click(view.save);
        assertThat(view.name.isInvalid()).isTrue();
    }

    @Test
    void onlyAdminsOpenTheMethodsPage() {
        signInAs(Role.CONVENOR);
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/methods"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private Topic topic(String name) {
        return admin.topics().stream()
                .map(Use::entry)
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private QiMethod method(String name) {
        return admin.methods().stream()
                .map(Use::entry)
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
