package org.qcommons.app.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What Q Commons holds about a person, why, for how long and what they can do about it (UK GDPR articles 13 and
 * 15 to 21), in plain words, with the links to the export and the erasure that the service itself provides.
 */
@Route(value = "privacy", layout = MainLayout.class)
@PageTitle("Privacy notice | Q Commons")
@AnonymousAllowed
public class PrivacyNoticeView extends Prose {

    public PrivacyNoticeView() {
        super("Privacy notice");
        para("This notice explains what information Q Commons holds about you, why, how long we keep it and your"
                + " rights.");

        heading("What we hold");
        bullets(
                "Your account: your name, email address, the organisation and area you work in, your profession and"
                        + " job title, and your password in a form that cannot be read back.",
                "What you choose to add: your profile, skills, projects and their measures, requests and offers of"
                        + " expertise, buddy pairs and check-ins, meeting minutes, posts and declared interests.",
                "What the service records as you use it: when you sign in and from which network address, changes"
                        + " you make (so that a record's history can be shown), and the emails we send you.");

        heading("Why we hold it");
        bullets(
                "To run the community's service: to let members find collaborators and share their work, and to"
                        + " keep the exchange of expertise between organisations fair and recorded.",
                "To keep the service safe: sign-in records and change history help us stop misuse.",
                "The directory shows you to other members only if you agree to it; you can change this on your"
                        + " profile at any time.");
        para("Our lawful basis is our legitimate interest in running a professional community for quality"
                + " improvement in health and care, and your consent where we ask for it, such as the directory.");

        heading("Who can see it");
        para("Public projects and the published minutes of public groups can be read by anyone. Everything else is"
                + " shown only to signed-in members, or only to the people a page names, such as a group's seat"
                + " holders. We do not sell your information or share it for marketing.");

        heading("How long we keep it");
        para("We keep your information while you are a member. When you erase your account, your personal"
                + " information is removed at once; what you contributed to shared records, such as minutes and"
                + " projects, stays and is shown as written by a former member. Records of changes keep only a member"
                + " number, which no longer leads to you after erasure.");

        heading("Your rights");
        bullets(
                "to see the information we hold about you, and to take a copy of it",
                "to have it corrected",
                "to have it erased",
                "to object to how we use it, or ask us to limit it",
                "to complain to the Information Commissioner's Office (ICO) if you are unhappy with how we handle it");
        para("You can download everything we hold about you, and erase your account, yourself:");
        link("profile/data", "Download or erase your data");
        link("accessibility", "Read the accessibility statement");
    }
}
