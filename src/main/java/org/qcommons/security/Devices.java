package org.qcommons.security;

import java.util.Locale;

/** A short, human name for a browser's User-Agent: enough to recognise one's own devices, no fingerprint kept. */
final class Devices {

    private Devices() {}

    static String describe(String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = ua.contains("edg/")
                ? "Edge"
                : ua.contains("firefox/")
                        ? "Firefox"
                        : ua.contains("chrome/") || ua.contains("chromium/")
                                ? "Chrome"
                                : ua.contains("safari/") ? "Safari" : "Browser";
        String system = ua.contains("iphone") || ua.contains("ipad")
                ? "iOS"
                : ua.contains("android")
                        ? "Android"
                        : ua.contains("windows")
                                ? "Windows"
                                : ua.contains("mac os")
                                        ? "macOS"
                                        : ua.contains("linux") ? "Linux" : "an unknown system";
        return browser + " on " + system;
    }
}
