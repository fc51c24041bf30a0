package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.governance.BallotService;
import org.qcommons.governance.Candidate;
import org.qcommons.governance.Election;
import org.qcommons.governance.ElectionService;
import org.qcommons.governance.ElectionStatus;
import org.qcommons.governance.NominationService;

/**
 * One election: its schedule and candidates; nominations or the ballot while they are open; for the group's
 * managers the controls and the audit trail; once published, the result and the full count sheet. Anonymous
 * visitors reach only published elections of public groups.
 */
@Route("elections/:id")
@AnonymousAllowed
public class ElectionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ElectionService elections;
    private final NominationService nominations;
    private final BallotService ballots;
    Election election;

    ElectionView(ElectionService elections, NominationService nominations, BallotService ballots) {
        this.elections = elections;
        this.nominations = nominations;
        this.ballots = ballots;
        setWidthFull();
        setMaxWidth("60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters()
                .get("id")
                .filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        var found = elections.byId(id);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, t("election.notFound"));
            return;
        }
        election = found.get();
        build();
    }

    void build() {
        removeAll();
        election = elections.byId(election.getId()).orElse(election);
        boolean manager = elections.canManage(election.getGroup());
        Anchor group = new Anchor(
                "groups/" + election.getGroup().getSlug() + "?tab=elections",
                election.getGroup().getName());
        HorizontalLayout head = new HorizontalLayout(new H2(election.getTitle()), Dates.status(election));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head, group);
        add(new Paragraph(
                t("election.seats", election.getSeats(), election.getSeatRole().label(), Dates.schedule(election))));
        if (election.getOutcome() != null
                && (election.resultsOut() || manager || election.getStatus() == ElectionStatus.CANCELLED)) {
            add(new Paragraph(election.getOutcome()));
        }
        ElectionStatus status = election.getStatus();
        // Elected unopposed, there was no vote and so no electorate to measure turnout against.
        if (CurrentUser.isSignedIn() && election.getElectorateFixedAt() != null && status != ElectionStatus.CANCELLED) {
            var turnout = elections.turnout(election.getId());
            add(new Paragraph(t("election.turnout", turnout.voted(), turnout.electorate())));
        }
        List<Candidate> candidates = nominations.candidates(election.getId());
        add(new CandidatesPanel(election, candidates, nominations, this::build));
        String whyNot = CurrentUser.isSignedIn() && CurrentUser.memberId().isPresent()
                ? nominations.whyNotEligible(election.getId())
                : null;
        boolean taking = status == ElectionStatus.NOMINATIONS || status == ElectionStatus.VOTING;
        if (taking && CurrentUser.isSignedIn() && whyNot != null) {
            Paragraph p = new Paragraph(whyNot);
            p.addClassName("notice");
            add(p);
        }
        if (whyNot == null && CurrentUser.memberId().isPresent()) {
            if (election.acceptsNominations(elections.today())) {
                add(new NominationPanel(election, candidates, nominations, this::build));
            }
            if (election.acceptsBallots(elections.today())) {
                add(new BallotPanel(election, candidates, ballots));
            }
        }
        if (manager) {
            add(new ManagePanel(election, elections, this::build));
        }
        if (election.resultsOut() || (manager && status == ElectionStatus.COUNTED)) {
            add(new ResultPanel(election, elections));
        }
        if (manager) {
            add(new AuditTrailPanel(elections.auditTrail(election.getId())));
        }
    }

    @Override
    public String getPageTitle() {
        return election == null ? t("election.titleNone") : t("election.title", election.getTitle());
    }
}
