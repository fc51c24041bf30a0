package org.qcommons.testsupport;

import java.util.List;
import java.util.Map;

/**
 * The buttons on each route that open a dialog or a confirmation, for the account DemoRoutes signs in with there,
 * named as a user knows them (text, else aria-label, else tooltip), in page order. The hostile-input route sweep
 * finds them by pressing every button and fails if this list differs, so a new dialog cannot be left out; the
 * accessibility sweep opens each one in Chromium.
 */
public final class DialogOpeners {

    /** The template Vaadin gives a numeric {@code @Route} parameter. */
    private static final String ID = ":___url_parameter(^[+-]?[0-9]{1,19}$)";

    public static final Map<String, List<String>> BY_ROUTE = Map.ofEntries(
            Map.entry("admin/areas", List.of("Add a region", "Add an STP or ICS")),
            Map.entry("admin/organisations", List.of("Add an organisation")),
            Map.entry("concordat", List.of("End signature")),
            Map.entry("elections/:id", List.of("Close voting", "Cancel the election")),
            Map.entry("exchange/requests/:id(\\d{1,18})", List.of("Cancel request")),
            Map.entry("groups", List.of("New group")),
            Map.entry("groups/:slug", List.of("Edit group", "Renew link", "Revise terms of reference")),
            Map.entry("measures", List.of("New measure")),
            Map.entry("measures/" + ID, List.of("Edit", "Delete")),
            Map.entry("meetings/:id", List.of("Unpublish minutes")),
            Map.entry("organisations/" + ID, List.of("Edit details")),
            Map.entry("people/" + ID, List.of("Deactivate account", "Raise a concern about this member's conduct")),
            Map.entry(
                    "projects/" + ID,
                    List.of(
                            "Message the lead",
                            "Archive",
                            "Raise a concern about this project entry",
                            "Add a measure")));

    private DialogOpeners() {}
}
