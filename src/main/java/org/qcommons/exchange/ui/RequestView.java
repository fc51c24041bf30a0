package org.qcommons.exchange.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeService;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.exchange.Interest;
import org.qcommons.exchange.MatchingService;
import org.qcommons.exchange.RequestService;
import org.qcommons.exchange.RequestStatus;
import org.qcommons.exchange.RequestViewer;

/** One request: its details, interest, and for its coordinators the ranked candidates and the exchanges so far. */
@Route("exchange/requests/:id(\\d{1,18})")
@PageTitle("Expertise request | Q Commons")
@PermitAll
public class RequestView extends VerticalLayout implements BeforeEnterObserver {

    final Button interest = new Button();
    final Grid<Exchange> exchangeGrid = new Grid<>(Exchange.class, false);
    CandidatesPanel candidates;
    private final RequestService requests;
    private final MatchingService matching;
    private final ExchangeService exchanges;
    private ExpertiseRequest request;

    public RequestView(RequestService requests, MatchingService matching, ExchangeService exchanges) {
        this.requests = requests;
        this.matching = matching;
        this.exchanges = exchanges;
        setMaxWidth("80rem");
        exchangeGrid
                .addColumn(e -> e.getMember().getFullName())
                .setHeader("Member")
                .setAutoWidth(true);
        exchangeGrid
                .addColumn(e -> e.getLender().getName())
                .setHeader("Lent by")
                .setFlexGrow(2);
        exchangeGrid.addColumn(e -> e.getState().label()).setHeader("State");
        exchangeGrid
                .addColumn(
                        e -> e.getDaysLogged() == null ? e.getDaysAgreed() + " agreed" : e.getDaysLogged() + " logged")
                .setHeader("Days");
        exchangeGrid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("exchange/exchanges/" + e.getItem().getId())));
        exchangeGrid.setAllRowsVisible(true);
        exchangeGrid.setEmptyStateText("Nobody has been invited yet.");
        interest.addClickListener(e -> toggleInterest());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        request = requests.request(id).orElseThrow(NotFoundException::new);
        render();
    }

    void render() {
        removeAll();
        ExpertiseRequest r = request;
        RequestViewer viewer = requests.viewerOf(r);
        add(new H2(r.getTitle()));
        add(new Paragraph(r.getRequestingOrg().getName() + " · "
                + r.getRequestingOrg().getStp().getName() + " · "
                + r.getStatus().label()));
        add(new Paragraph(r.getDescription()));
        add(new Paragraph(
                r.getDaysNeeded() + " days between " + RequestBoardView.SHORT.format(r.getStartsOn()) + " and "
                        + RequestBoardView.SHORT.format(r.getEndsOn()) + " · "
                        + (r.isRemote() ? "can be done remotely" : "at " + r.getLocation())
                        + (r.getProjectId() == null ? "" : " · linked project " + r.getProjectId())));
        UnorderedList skills = new UnorderedList();
        r.getSkills().forEach(s -> skills.add(new ListItem(s.toString())));
        add(new H3("Skills needed"), skills);

        if (viewer.manages()) {
            add(managerActions());
        } else if (r.getStatus() == RequestStatus.OPEN) {
            boolean registered = viewer.interested();
            interest.setText(registered ? "Withdraw my interest" : "Register interest");
            interest.getThemeNames().clear();
            if (!registered) {
                interest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            add(interest);
        }
        if (viewer.seesCandidates()) {
            List<Interest> interested = requests.interests(r.getId());
            add(new H3("Members who registered interest"));
            if (interested.isEmpty()) {
                add(new Paragraph("No one yet."));
            } else {
                UnorderedList list = new UnorderedList();
                interested.forEach(i -> list.add(new ListItem(new Anchor(
                        "people/" + i.getMember().getId(), i.getMember().getFullName()))));
                add(list);
            }
            candidates = new CandidatesPanel(r, matching, exchanges, viewer.manages(), this::refreshExchanges);
            add(candidates);
        }
        add(new H3("Exchanges"), exchangeGrid);
        refreshExchanges();
    }

    private HorizontalLayout managerActions() {
        Button edit = new Button(
                "Edit", e -> getUI().ifPresent(ui -> ui.navigate("exchange/requests/" + request.getId() + "/edit")));
        HorizontalLayout actions = new HorizontalLayout(edit);
        if (request.getStatus() == RequestStatus.OPEN) {
            actions.add(new Button("Mark as filled", e -> status(RequestStatus.FILLED)));
            Button cancel = new Button("Cancel request", e -> {
                ConfirmDialog d = new ConfirmDialog(
                        "Cancel this request?",
                        "It will leave the board. Exchanges already agreed are not affected.",
                        "Cancel request",
                        ev -> status(RequestStatus.CANCELLED));
                d.setCancelable(true);
                d.setCancelText("Keep it");
                d.setConfirmButtonTheme("error primary");
                d.open();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        } else {
            actions.add(new Button("Reopen", e -> status(RequestStatus.OPEN)));
        }
        return actions;
    }

    private void status(RequestStatus status) {
        try {
            request = requests.changeStatus(request.getId(), status);
            UserMessages.showSuccess("The request is now " + status.label().toLowerCase());
            render();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    void toggleInterest() {
        try {
            if (requests.hasRegisteredInterest(request.getId())) {
                requests.withdrawInterest(request.getId());
                UserMessages.showSuccess("Interest withdrawn");
            } else {
                requests.registerInterest(request.getId());
                UserMessages.showSuccess("Interest registered. The requesting coordinator has been told.");
            }
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
        render();
    }

    private void refreshExchanges() {
        exchangeGrid.setItems(exchanges.exchangesFor(request.getId()));
    }
}
