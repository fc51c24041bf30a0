package org.qcommons.people;

import java.util.Optional;

/**
 * What belongs to a member in a module above this one (projects, seats, exchanges, buddy pairs, posts), so that the
 * merge's confirmation can say what will move without this module knowing those features.
 */
public interface MemberUsage {

    /** What the member has in this module, as a phrase ("2 projects led, 1 seat"), or empty if nothing. */
    Optional<String> usesMember(Long memberId);

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
