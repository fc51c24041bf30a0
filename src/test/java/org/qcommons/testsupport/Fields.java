package org.qcommons.testsupport;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Sets a field's value as if the user typed it (fromClient = true). Karibu 2.6.2's {@code _setValue} calls a
 * method signature that Vaadin 25.2 no longer has; this does what Karibu 2.7 does.
 */
public final class Fields {

    private Fields() {}

    @SuppressWarnings("unchecked")
    public static <V> void setValue(HasValue<?, V> field, V value) {
        if (!(field instanceof AbstractField<?, ?> abstractField)) {
            field.setValue(value);
            return;
        }
        if (!abstractField.isEnabled() || abstractField.isReadOnly()) {
            throw new IllegalStateException(
                    "The field " + field + " is disabled or read-only: a user could not type in it");
        }
        try {
            Field supportField = AbstractField.class.getDeclaredField("fieldSupport");
            supportField.setAccessible(true);
            Object support = supportField.get(abstractField);
            Method setValue =
                    support.getClass().getDeclaredMethod("setValue", Object.class, boolean.class, boolean.class);
            setValue.setAccessible(true);
            setValue.invoke(support, value, false, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not set the value of " + field, e);
        }
    }
}
