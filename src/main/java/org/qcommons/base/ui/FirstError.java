package org.qcommons.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.data.binder.BindingValidationStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After a refused save, focus goes to the first field in error, in the form's order (WCAG 3.3.1). A keyboard user
 * would otherwise be left on Save, perhaps many fields below the problem; on the field, its message is read out.
 */
public final class FirstError {

    private FirstError() {
    }

    public static void focus(List<BindingValidationStatus<?>> errors, Component... fieldsInFormOrder) {
        Set<Object> invalid = errors.stream().map(BindingValidationStatus::getField).collect(Collectors.toSet());
        Arrays.stream(fieldsInFormOrder).filter(invalid::contains).filter(Focusable.class::isInstance).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }
}
