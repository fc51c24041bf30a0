package org.qcommons.meetings;

/** A seat as shown to a reader: the name is null when the holder has not agreed to be listed. */
public record SeatHolder(
        Long seatId, Long memberId, String name, SeatRole role, boolean convenor, String roleLabel, long version) {

    public String displayName() {
        if (memberId == null) {
            return "Vacant";
        }
        return name == null ? "Name not shown" : name;
    }
}
