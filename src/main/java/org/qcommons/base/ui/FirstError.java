package org.qcommons.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
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

    private FirstError() {}

    public static void focus(List<BindingValidationStatus<?>> errors, Component... fieldsInFormOrder) {
        Set<Object> invalid =
                errors.stream().map(BindingValidationStatus::getField).collect(Collectors.toSet());
        Arrays.stream(fieldsInFormOrder)
                .filter(invalid::contains)
                .filter(Focusable.class::isInstance)
                .findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    /**
     * Validates the binder's fields and, if any is invalid, focuses the first of them in the order they were bound,
     * which in these forms is their order on screen. True when everything is valid.
     */
    public static boolean validate(Binder<?> binder) {
        BinderValidationStatus<?> status = binder.validate();
        if (!status.isOk()) {
            focus(binder, status.getFieldValidationErrors());
        }
        return status.isOk();
    }

    /** As {@link #validate}, for errors a save has already reported (a {@code ValidationException}'s). */
    public static void focus(Binder<?> binder, List<BindingValidationStatus<?>> errors) {
        focus(
                errors,
                binder.getFields()
                        .filter(Component.class::isInstance)
                        .map(Component.class::cast)
                        .toArray(Component[]::new));
    }
}
