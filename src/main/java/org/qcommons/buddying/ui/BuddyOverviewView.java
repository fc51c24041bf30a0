package org.qcommons.buddying.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.qcommons.base.Words;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.buddying.BuddyLoad;
import org.qcommons.buddying.BuddyOverviewService;
import org.qcommons.buddying.BuddyRequest;
import org.qcommons.buddying.FeedbackSummary;
import org.qcommons.skills.Skill;

/** For ADMINs and convenors: the queue, pairs per region, each buddy's load and what closing pairs said. */
@Route("buddying/overview")
@PageTitle("Buddying overview | Q Commons")
@Menu(order = 41, icon = "vaadin:chart-grid", title = "Buddying overview")
@RolesAllowed({Role.ADMIN_ROLE, Role.CONVENOR_ROLE})
public class BuddyOverviewView extends VerticalLayout {

    final Grid<BuddyRequest> waiting = new Grid<>();
    final Grid<BuddyLoad> loads = new Grid<>();
    final FlexLayout regions = new FlexLayout();
    final Div feedback = new Div();

    public BuddyOverviewView(BuddyOverviewService buddying, Clock clock) {
        setMaxWidth("80rem");
        Instant now = clock.instant();
        add(new H2("Buddying overview"));

        add(new H3("Waiting requests (" + buddying.countWaiting() + "), oldest first"));
        waiting.addColumn(r -> r.getMember().getFullName())
                .setHeader("Member")
                .setAutoWidth(true)
                .setKey("member");
        waiting.addColumn(r -> r.getMember().getRegion() == null
                        ? ""
                        : r.getMember().getRegion().getName())
                .setHeader("Region")
                .setAutoWidth(true);
        waiting.addColumn(r -> r.daysWaiting(now))
                .setHeader("Days waiting")
                .setKey("days")
                .setAutoWidth(true);
        waiting.addColumn(BuddyOverviewView::skillsWanted)
                .setHeader("Skills wanted")
                .setFlexGrow(1);
        waiting.addComponentColumn(this::suggestions).setKey("suggest").setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                waiting,
                "Waiting request",
                r -> PhoneGrids.card(
                        suggestions(r),
                        r.getMember().getFullName(),
                        r.getMember().getRegion() == null
                                ? ""
                                : r.getMember().getRegion().getName(),
                        Words.get("buddy.daysWaiting", r.daysWaiting(now)),
                        skillsWanted(r)));
        waiting.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        waiting.setEmptyStateText("Nobody is waiting for a buddy.");
        waiting.setHeight("20rem");
        waiting.setItems(q -> buddying.waitingRequests(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        add(
                waiting,
                new Button("Run a cohort match", e -> getUI().ifPresent(ui -> ui.navigate(CohortMatchView.class))));

        add(new H3("Active pairs per region"));
        regions.addClassName("figures");
        regions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        Map<String, Long> byRegion = buddying.activePairsByRegion();
        if (byRegion.isEmpty()) {
            regions.add(new Paragraph("No active pairs yet."));
        }
        byRegion.forEach((region, count) -> {
            Span number = new Span(String.valueOf(count));
            number.addClassName("figure-number");
            Div card = new Div(number, new Paragraph(region));
            card.addClassName("figure-card");
            regions.add(card);
        });
        add(regions);

        add(new H3("Buddies and their load"));
        loads.addColumn(BuddyLoad::name).setHeader("Buddy").setAutoWidth(true).setKey("name");
        loads.addColumn(BuddyLoad::region).setHeader("Region").setAutoWidth(true);
        loads.addColumn(l -> l.load() + " of " + l.capacity())
                .setHeader("Places in use")
                .setKey("load")
                .setAutoWidth(true);
        loads.addColumn(l -> l.offering() ? "Open" : "Not taking new buddies")
                .setHeader("Offer")
                .setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                loads,
                "Buddy",
                l -> PhoneGrids.card(
                        l.name(),
                        l.region(),
                        l.load() + " of " + l.capacity() + " places in use",
                        l.offering() ? "Open" : "Not taking new buddies"));
        loads.setItems(buddying.buddyLoads());
        loads.setEmptyStateText("No one has offered to be a buddy yet.");
        loads.setHeight("20rem");
        add(loads);

        add(new H3("Closing feedback"));
        FeedbackSummary summary = buddying.feedbackSummary();
        feedback.removeAll();
        if (summary.count() == 0) {
            feedback.add(new Paragraph("No pair has closed with feedback yet."));
        } else {
            feedback.add(new Paragraph(summary.count() + " ratings, average "
                    + String.format(Locale.UK, "%.1f", summary.averageRating()) + " out of 5."));
            UnorderedList histogram = new UnorderedList();
            for (int rating = 5; rating >= 1; rating--) {
                histogram.add(new ListItem(Words.get("buddy.stars", rating, summary.countByRating()[rating - 1])));
            }
            UnorderedList comments = new UnorderedList();
            summary.latestComments().forEach(c -> comments.add(new ListItem(c.rating() + "/5: " + c.comment())));
            feedback.add(histogram, new Paragraph("Latest comments"), comments);
        }
        add(feedback);
    }

    private Button suggestions(BuddyRequest r) {
        Button b = new Button(
                "Suggestions",
                e -> getUI().ifPresent(ui -> ui.navigate(
                        SuggestionsView.class, new RouteParameters("requestId", String.valueOf(r.getId())))));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.getElement()
                .setAttribute(
                        "aria-label", "Suggested buddies for " + r.getMember().getFullName());
        return b;
    }

    private static String skillsWanted(BuddyRequest r) {
        return r.getSkills().stream().map(Skill::getName).sorted().collect(Collectors.joining(", "));
    }
}
