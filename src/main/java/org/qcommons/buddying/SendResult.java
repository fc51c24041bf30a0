package org.qcommons.buddying;

import java.util.List;

/** How many reviewed proposals went out, and why any did not (something changed since the match ran). */
public record SendResult(int sent, List<String> skipped) {}
