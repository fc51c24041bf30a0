package org.qcommons.base.config;

import java.time.ZoneId;

/**
 * The configured time zone for components made with {@code new} (panels, cards, formatters in constants), which
 * cannot have the clock injected. {@link TimeConfig} sets it from {@code qcommons.time-zone} when the clock is made;
 * until then it is the default zone of the settings.
 */
public final class DisplayZone {

    private static volatile ZoneId zone = ZoneId.of("Europe/London");

    private DisplayZone() {}

    public static ZoneId get() {
        return zone;
    }

    static void set(ZoneId configured) {
        zone = configured;
    }
}
