package org.qcommons.buddying;

/** One buddy's places in use (proposed, active or paused pairs) against their capacity. */
public record BuddyLoad(Long memberId, String name, String region, int capacity, long load, boolean offering) {

    public long spare() {
        return Math.max(0, capacity - load);
    }
}
