package org.qcommons.exchange;

import static org.qcommons.exchange.ExchangeAction.*;
import static org.qcommons.exchange.ExchangeState.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exchange state machine, kept free of Spring and the database so every transition and every refusal can be
 * unit tested. The service asks it for the next state before it changes anything.
 */
public final class ExchangeWorkflow {

    private static final Map<ExchangeState, Map<ExchangeAction, ExchangeState>> TRANSITIONS =
            new EnumMap<>(ExchangeState.class);
    private static final Map<ExchangeAction, Set<Party>> ACTORS = new EnumMap<>(ExchangeAction.class);

    static {
        for (ExchangeState s : ExchangeState.values()) {
            TRANSITIONS.put(s, new EnumMap<>(ExchangeAction.class));
        }
        TRANSITIONS.get(INVITED).put(ACCEPT, ACCEPTED);
        TRANSITIONS.get(INVITED).put(DECLINE, DECLINED);
        TRANSITIONS.get(INVITED).put(CANCEL, CANCELLED);
        TRANSITIONS.get(ACCEPTED).put(APPROVE_RELEASE, AGREED);
        TRANSITIONS.get(ACCEPTED).put(REFUSE_RELEASE, RELEASE_REFUSED);
        TRANSITIONS.get(ACCEPTED).put(CANCEL, CANCELLED);
        TRANSITIONS.get(AGREED).put(LOG_DAYS, DAYS_LOGGED);
        TRANSITIONS.get(AGREED).put(CANCEL, CANCELLED);
        // The member may correct the days they logged until the host confirms them.
        TRANSITIONS.get(DAYS_LOGGED).put(LOG_DAYS, DAYS_LOGGED);
        TRANSITIONS.get(DAYS_LOGGED).put(CONFIRM_DAYS, CONFIRMED);
        TRANSITIONS.get(DAYS_LOGGED).put(CANCEL, CANCELLED);
        // Feedback keeps the exchange confirmed until both sides have given it; the service then completes it.
        TRANSITIONS.get(CONFIRMED).put(LEAVE_FEEDBACK, CONFIRMED);

        ACTORS.put(ACCEPT, EnumSet.of(Party.MEMBER));
        ACTORS.put(DECLINE, EnumSet.of(Party.MEMBER));
        ACTORS.put(APPROVE_RELEASE, EnumSet.of(Party.HOME_COORDINATOR));
        ACTORS.put(REFUSE_RELEASE, EnumSet.of(Party.HOME_COORDINATOR));
        ACTORS.put(LOG_DAYS, EnumSet.of(Party.MEMBER));
        ACTORS.put(CONFIRM_DAYS, EnumSet.of(Party.HOST_COORDINATOR));
        ACTORS.put(LEAVE_FEEDBACK, EnumSet.of(Party.MEMBER, Party.HOST_COORDINATOR));
        ACTORS.put(CANCEL, EnumSet.allOf(Party.class));
    }

    private ExchangeWorkflow() {}

    public static ExchangeState next(ExchangeState from, ExchangeAction action) {
        ExchangeState to = TRANSITIONS.get(from).get(action);
        if (to == null) {
            throw new IllegalTransitionException("You cannot " + action.phrase() + ": the exchange is "
                    + from.label().toLowerCase() + ". " + allowedSentence(from));
        }
        return to;
    }

    /** Checks the state first, so that someone acting too late hears about the state rather than about permission. */
    public static ExchangeState next(ExchangeState from, ExchangeAction action, Set<Party> actingAs) {
        ExchangeState to = next(from, action);
        if (actingAs.stream().noneMatch(ACTORS.get(action)::contains)) {
            throw new IllegalTransitionException(
                    "Only " + ACTORS.get(action).stream().map(Party::phrase).collect(Collectors.joining(" or "))
                            + " can " + action.phrase() + ".");
        }
        return to;
    }

    public static boolean allowed(ExchangeState from, ExchangeAction action, Set<Party> actingAs) {
        return TRANSITIONS.get(from).containsKey(action) && actingAs.stream().anyMatch(ACTORS.get(action)::contains);
    }

    public static Set<ExchangeAction> allowedActions(ExchangeState from) {
        return TRANSITIONS.get(from).isEmpty()
                ? EnumSet.noneOf(ExchangeAction.class)
                : EnumSet.copyOf(TRANSITIONS.get(from).keySet());
    }

    private static String allowedSentence(ExchangeState from) {
        Set<ExchangeAction> allowed = allowedActions(from);
        if (allowed.isEmpty()) {
            return "It is finished, so nothing more can be done with it.";
        }
        return "At this stage the next steps are: "
                + allowed.stream().map(ExchangeAction::phrase).collect(Collectors.joining(", ")) + ".";
    }
}
