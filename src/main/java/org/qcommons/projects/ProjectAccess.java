package org.qcommons.projects;

import org.hibernate.Hibernate;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.Role;
import org.qcommons.people.Member;

/** Who may see which project, shared by the register's services. Anonymous visitors see public projects only. */
final class ProjectAccess {

    static final String ANONYMOUS_LEAD = "A Q member";

    private ProjectAccess() {}

    /** Signed-in members (and SYSTEM work) see members-only projects; anonymous visitors do not. */
    static boolean membersVisible() {
        return CurrentUser.isSignedIn() || CurrentUser.has(Role.ADMIN);
    }

    /** Archived projects stay visible to their lead and administrators only. */
    static boolean visibleToCurrentUser(Project p) {
        if (p.isWithheld() && !p.isArchived()) {
            // Convenors and ADMINs handle the concern; the lead is told why and may answer it.
            Long me = CurrentUser.memberId().orElse(null);
            return CurrentUser.isAdmin()
                    || CurrentUser.has(Role.CONVENOR)
                    || (me != null && me.equals(p.getLead().getId()));
        }
        if (p.isArchived()) {
            Long me = CurrentUser.memberId().orElse(null);
            return CurrentUser.isAdmin() || (me != null && me.equals(p.getLead().getId()));
        }
        return p.getVisibility() == Visibility.PUBLIC || membersVisible();
    }

    /** Anonymous visitors and open data see a person's name only if they agreed to be found. */
    static String publicName(Member member) {
        return member.isDirectoryConsent() ? member.getFullName() : ANONYMOUS_LEAD;
    }

    /** Everything the project page shows, loaded while the session is open. */
    static Project initialise(Project p) {
        Hibernate.initialize(p.getTopics());
        Hibernate.initialize(p.getMethods());
        Hibernate.initialize(p.getPartners());
        Hibernate.initialize(p.getLinks());
        Hibernate.initialize(p.getTeam());
        p.getTeam().forEach(t -> {
            Hibernate.initialize(t.getMember());
            Hibernate.initialize(t.getMember().getOrganisation());
        });
        Hibernate.initialize(p.getLead());
        Hibernate.initialize(p.getRegion());
        Hibernate.initialize(p.getStp());
        return p;
    }

    /** The start of the summary, when no body text matched the words (or none were typed). */
    static Snippet summaryStart(String summary) {
        if (summary == null) {
            return Snippet.NONE;
        }
        int cut = summary.lastIndexOf(' ', 180) > 0 ? summary.lastIndexOf(' ', 180) : 180;
        return Snippet.plain(summary.length() > 180 ? summary.substring(0, cut) + "…" : summary);
    }
}
