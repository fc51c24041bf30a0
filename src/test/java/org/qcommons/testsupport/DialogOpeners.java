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

    public static final Map<String, List<String>> BY_ROUTE = Map.of();

    private DialogOpeners() {}
}
