package org.qcommons.app.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The accessibility statement in the form the Public Sector Bodies (Websites and Mobile Applications) (No. 2)
 * Accessibility Regulations 2018 ask for, following GOV.UK's model statement: what works, what does not and why,
 * how to ask for another format or report a problem, the enforcement procedure, and how the statement was prepared.
 */
@Route(value = "accessibility", layout = MainLayout.class)
@PageTitle("Accessibility statement | Q Commons")
@AnonymousAllowed
public class AccessibilityStatementView extends Prose {

    public AccessibilityStatementView() {
        super("Accessibility statement for Q Commons");
        para("This statement applies to Q Commons, the service where the Q community finds collaborators, shares"
                + " quality-improvement projects, lends and borrows expertise, pairs newcomers with buddies and runs"
                + " its groups' meetings.");
        para("We want as many people as possible to be able to use this service. For example, you should be able to:");
        bullets(
                "change colours, contrast levels and fonts using your browser or device settings",
                "zoom in up to 400% without the text spilling off the screen",
                "navigate every page using just a keyboard",
                "navigate most of the service using speech recognition software",
                "listen to most of the service using a screen reader (including recent versions of JAWS, NVDA and"
                        + " VoiceOver)",
                "read every chart as a table of its data, or download it as a spreadsheet (CSV)");

        heading("How accessible this service is");
        para("We know some parts of this service are not fully accessible:");
        bullets(
                "some tab lists, checkbox groups and drop-down lists report attributes that their screen reader role"
                        + " does not allow; they still work with a keyboard and a screen reader",
                "some tables are wide on a small phone screen and scroll sideways",
                "meeting papers uploaded by members may not be accessible documents");

        heading("Feedback and contact information");
        para("If you need information on this service in a different format, such as accessible PDF, large print,"
                + " easy read or audio, ask the convenor of the group or the Q Commons administrators through your"
                + " organisation's Q coordinator. We will consider your request and get back to you within 10 working"
                + " days.");

        heading("Reporting accessibility problems with this service");
        para("We are always looking to improve the accessibility of this service. If you find any problems not listed"
                + " on this page or think we are not meeting accessibility requirements, tell the Q Commons"
                + " administrators.");

        heading("Enforcement procedure");
        para("The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies"
                + " (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the 'accessibility"
                + " regulations'). If you are not happy with how we respond to your complaint, contact the Equality"
                + " Advisory and Support Service (EASS).");

        heading("Technical information about this service's accessibility");
        para("Q Commons is committed to making its service accessible, in accordance with the accessibility"
                + " regulations.");
        heading("Compliance status");
        para("This service is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA"
                + " standard, due to the non-compliances listed below.");
        heading("Non-accessible content");
        para("Non-compliance with the accessibility regulations:");
        bullets(
                "Tab lists contain scroll buttons inside the list, so a screen reader may announce items that are not"
                        + " tabs. This fails WCAG 2.2 success criterion 1.3.1 (info and relationships). The cause is"
                        + " inside a component library we use; we work around it where we can.",
                "Required checkbox groups and drop-down lists carry an attribute their role does not allow. This"
                        + " fails WCAG 2.2 success criterion 4.1.2 (name, role, value). The required state is also"
                        + " shown in words.");
        para("Content that is not within the scope of the accessibility regulations: documents uploaded by members,"
                + " such as meeting papers, are the responsibility of the member who shares them.");

        heading("What we are doing to improve accessibility");
        para("Every change to the service is checked by automated accessibility tests (axe-core, WCAG 2.2 A and AA"
                + " rules) on every page for every role, and by keyboard-only tests of each task.");

        heading("Preparation of this accessibility statement");
        para("This statement was prepared on 2 December 2026. It was last reviewed on 2 December 2026.");
        para("The service was last tested on 2 December 2026 against the WCAG 2.2 AA standard. The test was carried"
                + " out by the Q Commons team, with automated checks on every page and keyboard-only walkthroughs of"
                + " each task.");
        link("privacy", "Read the privacy notice");
    }
}
