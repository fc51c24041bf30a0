package org.qcommons.people.ui;

import com.vaadin.flow.component.Component;
import org.qcommons.people.Member;

/**
 * A part of a member's profile page that a feature built on people contributes (skills, projects, account
 * administration), so that the profile shows it without the people module depending on those features.
 * Sections appear in their beans' {@code @Order}.
 */
public interface ProfileSection {

    /** A new section for this member's profile, as the current viewer may see it. */
    Component create(Member member);
}
