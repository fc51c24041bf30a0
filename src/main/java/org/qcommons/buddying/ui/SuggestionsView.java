package org.qcommons.buddying.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.buddying.BuddyMatchService;
import org.qcommons.buddying.BuddyPair;
import org.qcommons.buddying.BuddyRequest;
import org.qcommons.buddying.BuddyService;
import org.qcommons.buddying.RequestStatus;
import org.qcommons.buddying.Suggestion;

/** Ranked buddies for one request, each with the reasons behind its score. */
@Route("buddying/request/:requestId(\\d{1,18})/suggestions")
@PageTitle("Suggested buddies | Q Commons")
@PermitAll
public class SuggestionsView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<Suggestion> grid = new Grid<>();
    final Paragraph status = new Paragraph();
    private final BuddyService buddying;
    private final BuddyMatchService matching;
    private BuddyRequest request;

    public SuggestionsView(BuddyService buddying, BuddyMatchService matching) {
        this.buddying = buddying;
        this.matching = matching;
        setSizeFull();
        grid.addColumn(s -> s.candidate().name())
                .setHeader("Buddy")
                .setAutoWidth(true)
                .setKey("name");
        grid.addColumn(s ->
                        s.candidate().regionName() == null ? "" : s.candidate().regionName())
                .setHeader("Region")
                .setAutoWidth(true);
        grid.addColumn(s -> s.candidate().profession()).setHeader("Profession").setAutoWidth(true);
        grid.addColumn(Suggestion::score).setHeader("Score").setKey("score").setAutoWidth(true);
        grid.addComponentColumn(SuggestionsView::reasons)
                .setHeader("Why")
                .setFlexGrow(1)
                .setKey("reasons");
        grid.addComponentColumn(this::askButton).setHeader("").setKey("ask").setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                grid,
                "Buddy",
                s -> PhoneGrids.card(
                        askButton(s),
                        s.candidate().name(),
                        s.candidate().regionName(),
                        s.candidate().profession(),
                        "Score " + s.score(),
                        s.reasons().stream().map(Object::toString).collect(Collectors.joining("; "))));
        grid.setEmptyStateText("No buddy has a free place just now. Your request stays in the queue and a convenor "
                + "will match you as soon as someone is free.");
        grid.setAllRowsVisible(false);
        add(new H2("Suggested buddies"), status, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("requestId").orElseThrow(NotFoundException::new);
        request = buddying.request(id).orElseThrow(NotFoundException::new);
        refresh();
    }

    private void refresh() {
        boolean waiting = request.getStatus() == RequestStatus.WAITING;
        status.setText(
                waiting
                        ? "For: " + request.getMember().getFullName()
                                + ". Best matches first. Ask one buddy at a time; "
                                + "if they cannot help, you can ask the next."
                        : "This request is " + request.getStatus().label().toLowerCase()
                                + ", so no one else can be asked now. Open your buddy page to follow it.");
        List<Suggestion> suggestions = waiting ? matching.suggestionsFor(request.getId()) : List.of();
        grid.setItems(suggestions);
    }

    private static Div reasons(Suggestion s) {
        Div div = new Div();
        div.addClassName("buddy-reasons");
        s.reasons().forEach(r -> div.add(new Span(r.toString())));
        return div;
    }

    private Button askButton(Suggestion s) {
        Button ask = new Button("Ask " + s.candidate().name().split(" ")[0]);
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        ask.getElement().setAttribute("aria-label", "Ask " + s.candidate().name() + " to be the buddy");
        ask.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    "Ask " + s.candidate().name() + "?",
                    s.candidate().name() + " will be asked to be the buddy and can accept or decline. "
                            + "Until then no one else can be asked.",
                    "Ask",
                    ok -> propose(s));
            confirm.setCancelable(true);
            confirm.open();
        });
        return ask;
    }

    void propose(Suggestion s) {
        try {
            BuddyPair pair = matching.propose(request.getId(), s.candidate().memberId());
            UserMessages.showSuccess(s.candidate().name() + " has been asked. We will tell you when they answer.");
            getUI().ifPresent(ui -> ui.navigate(PairView.class, pair.getId()));
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
            request = buddying.request(request.getId()).orElse(request);
            refresh();
        }
    }
}
