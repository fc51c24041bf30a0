package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Locale;
import java.util.function.Consumer;
import org.qcommons.base.ui.FirstError;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.GroupKind;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.Visibility;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;

/** Creates a group, or edits one's name, kind, region, visibility and organising principles. */
class GroupDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField slug = new TextField("Web address");
    final Select<GroupKind> kind = new Select<>();
    final ComboBox<Region> region = new ComboBox<>("Region");
    final Select<Visibility> visibility = new Select<>();
    final TextArea summary = new TextArea("Summary");
    final TextArea principles = new TextArea("Organising principles (one a line)");
    final Checkbox approveByCirculation = new Checkbox("Approve minutes by circulation");
    final Button save = new Button("Save");
    private final BeanValidationBinder<MeetingGroup> binder = new BeanValidationBinder<>(MeetingGroup.class);

    GroupDialog(
            GroupService groups,
            OrganisationService organisations,
            MeetingGroup existing,
            Consumer<MeetingGroup> saved) {
        setHeaderTitle(existing == null ? "New group" : "Edit " + existing.getName());
        kind.setLabel("Kind");
        kind.setItems(GroupKind.values());
        kind.setItemLabelGenerator(GroupKind::label);
        region.setItems(organisations.regions());
        region.setClearButtonVisible(true);
        region.setHelperText("Leave empty for a UK-wide group");
        visibility.setLabel("Who can read published minutes");
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(Visibility::label);
        slug.setPrefixComponent(new Span("/groups/"));
        approveByCirculation.setTooltipText(
                "Minutes are approved when the review period ends with no open amendment, not at the next meeting");
        if (existing == null) {
            name.addValueChangeListener(e -> {
                if (e.isFromClient() && slug.isEmpty()) {
                    String derived = e.getValue().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                    // A web address is at most 160 characters (MeetingGroup.slug).
                    derived = derived.substring(0, Math.min(derived.length(), 160));
                    slug.setValue(derived.replaceAll("^-|-$", ""));
                }
            });
        }
        binder.bindInstanceFields(this);
        MeetingGroup bean = existing != null
                ? existing
                : new MeetingGroup("", "", GroupKind.REGIONAL_STEWARDSHIP, null, Visibility.PUBLIC);
        binder.forField(principles).bind(MeetingGroup::getOrganisingPrinciples, MeetingGroup::setOrganisingPrinciples);
        binder.readBean(bean);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                binder.writeBean(bean);
                MeetingGroup result = existing == null ? groups.create(bean) : groups.update(bean);
                close();
                UserMessages.showSuccess("Group saved.");
                saved.accept(result);
            } catch (ValidationException invalid) {
                // The binder has marked the fields; the dialog stays open with what was typed, focus on the first.
                FirstError.focus(binder, invalid.getFieldValidationErrors());
            } catch (RuntimeException ex) {
                ConflictDialog.showOrError(ex, () -> {
                    close();
                    getUI().ifPresent(ui -> ui.getPage().reload());
                });
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        FormLayout form =
                new FormLayout(name, slug, kind, region, visibility, summary, principles, approveByCirculation);
        form.setColspan(summary, 2);
        form.setColspan(principles, 2);
        add(form);
        getFooter().add(cancel, save);
        setWidth("min(48rem, 95vw)");
    }
}
