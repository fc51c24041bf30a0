package org.qcommons.app.ui;

import static org.qcommons.app.ui.Wording.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qcommons.base.tasks.MemberTask;
import org.qcommons.base.tasks.TaskUrgency;
import org.qcommons.base.tasks.WorkItem;

/**
 * The signed-in member's home: every open task, one click from the page that does it, in groups ordered by their
 * most urgent task; then "Your work". Built from {@link org.qcommons.base.tasks.MemberTasks}, so this page knows no
 * feature.
 */
class MemberHome extends Div {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    MemberHome(String name, List<MemberTask> tasks, List<WorkItem> work) {
        addClassName("member-home");
        setId("member-home");
        add(new H2(t("home.welcome", name)));
        Section needs = new Section();
        needs.setId("what-needs-you");
        needs.getElement().setAttribute("aria-labelledby", "what-needs-you-heading");
        H2 heading = new H2(t("home.needsYou"));
        heading.setId("what-needs-you-heading");
        needs.add(heading);
        if (tasks.isEmpty()) {
            Paragraph empty = new Paragraph(t("home.nothing"));
            empty.setId("no-tasks");
            needs.add(empty, new Paragraph(new Anchor("projects", t("home.browse"))));
        } else {
            needs.add(new Paragraph(t("home.waiting", tasks.size())));
            // Tasks arrive most urgent first, so a group's first task decides where the group goes.
            Map<String, List<MemberTask>> byGroup = new LinkedHashMap<>();
            tasks.forEach(t ->
                    byGroup.computeIfAbsent(t.group(), g -> new ArrayList<>()).add(t));
            byGroup.forEach((group, list) -> needs.add(group(group, list)));
        }
        add(needs);
        if (!work.isEmpty()) {
            add(yourWork(work));
        }
    }

    private static Div group(String group, List<MemberTask> tasks) {
        Div box = new Div(new H3(t("home.group", group, tasks.size())));
        box.addClassName("task-group");
        UnorderedList list = new UnorderedList();
        list.addClassName("task-list");
        for (MemberTask t : tasks) {
            Anchor link = new Anchor(t.link(), t.title());
            link.addClassName("task-link");
            Span urgency = new Span(t.urgency().label());
            urgency.getElement().getThemeList().add(badgeTheme(t.urgency()));
            ListItem item = new ListItem(link, new Span(" "), urgency);
            if (t.due() != null) {
                item.add(new Span(t("home.due", DAY.format(t.due()))));
            }
            item.addClassName("task");
            item.getElement().setAttribute("data-kind", t.kind());
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private static String badgeTheme(TaskUrgency urgency) {
        return switch (urgency) {
            case OVERDUE -> "badge error small";
            case SOON -> "badge small";
            case LATER -> "badge contrast small";
        };
    }

    private static Section yourWork(List<WorkItem> work) {
        Section section = new Section(new H2(t("home.yourWork")));
        section.setId("your-work");
        Map<String, UnorderedList> byGroup = new LinkedHashMap<>();
        for (WorkItem w : work) {
            byGroup.computeIfAbsent(w.group(), g -> new UnorderedList())
                    .add(new ListItem(new Anchor(w.link(), w.title())));
        }
        byGroup.forEach((group, list) -> section.add(new H3(group), list));
        return section;
    }
}
