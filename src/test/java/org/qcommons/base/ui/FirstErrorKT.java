package org.qcommons.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.internal.StateNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.KaribuTest;

class FirstErrorKT extends KaribuTest {

    /** The elements the next response would move focus to. */
    private static List<StateNode> focused() {
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("focus"))
                .map(PendingJavaScriptInvocation::getOwner)
                .toList();
    }

    @Test
    void aRefusedFormFocusesItsFirstInvalidFieldInBindingOrder() {
        anonymous();
        TextField first = new TextField("First");
        TextField second = new TextField("Second");
        TextField third = new TextField("Third");
        UI.getCurrent().add(first, second, third);
        Binder<Object> binder = new Binder<>();
        for (TextField field : List.of(first, second, third)) {
            binder.forField(field).asRequired("Give " + field.getLabel()).bind(bean -> "", (bean, value) -> {});
        }
        first.setValue("given");
        focused();

        assertThat(FirstError.validate(binder)).isFalse();
        assertThat(focused()).containsExactly(second.getElement().getNode());
        assertThat(second.isInvalid()).isTrue();

        second.setValue("given");
        third.setValue("given");
        focused();
        assertThat(FirstError.validate(binder)).isTrue();
        assertThat(focused()).isEmpty();
    }
}
