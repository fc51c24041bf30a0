package org.qcommons.exchange;

/**
 * Who acts next on an exchange and what they do, in words for its page: "Your next step" alone was shown to a
 * coordinator whose only button was Cancel while the move was someone else's (issue 24).
 */
public final class ExchangeNextStep {

    private ExchangeNextStep() {}

    /** The next move, or null when the exchange is finished. */
    public static String of(Exchange e) {
        String member = e.getMember().getFullName();
        return switch (e.getState()) {
            case INVITED -> member + " accepts or declines the invitation.";
            case ACCEPTED ->
                "The coordinator at " + e.getLender().getName() + " approves or refuses the staff release.";
            case AGREED -> member + " logs the days given once the work is done.";
            case DAYS_LOGGED -> "The coordinator at " + e.getHost().getName() + " confirms the days given.";
            case CONFIRMED -> feedback(e, member);
            default -> null;
        };
    }

    private static String feedback(Exchange e, String member) {
        boolean memberOwes = e.getMemberFeedback() == null;
        boolean hostOwes = e.getHostFeedback() == null;
        String host = "the coordinator at " + e.getHost().getName();
        if (memberOwes && hostOwes) {
            return member + " and " + host + " give their feedback.";
        }
        if (memberOwes) {
            return member + " gives their feedback.";
        }
        return hostOwes ? capitalised(host) + " gives the host's feedback." : null;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
