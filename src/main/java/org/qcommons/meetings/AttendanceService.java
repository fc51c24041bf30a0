package org.qcommons.meetings;

import static org.qcommons.meetings.MeetingRules.requireNotPublished;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qcommons.base.BusinessException;
import org.qcommons.people.Member;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came to each meeting, by seat, and the attendance figures over all of a group's meetings. Outside the
 * group, a member who is not in the directory is counted but not named.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class AttendanceService {

    private final AttendanceRepository attendance;
    private final SeatRepository seats;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;
    private final MeetingReplyRepository replies;

    AttendanceService(
            AttendanceRepository attendance,
            SeatRepository seats,
            MeetingLookup lookup,
            GroupAccess access,
            MeetingBroadcaster broadcaster,
            MeetingReplyRepository replies) {
        this.replies = replies;
        this.attendance = attendance;
        this.seats = seats;
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
    }

    public List<AttendanceRow> attendance(Meeting meeting) {
        MeetingViewer viewer = access.viewer(meeting);
        if (!viewer.seeMinutes()) {
            return List.of();
        }
        boolean insider = viewer.seatHolder();
        Map<Long, Attendance> bySeat = attendance.findByMeeting(meeting.getId()).stream()
                .collect(Collectors.toMap(a -> a.getSeat().getId(), Function.identity()));
        // The replies are the expected list: who said they would come, before anyone is recorded.
        Map<Long, MeetingReply> byMember = replies.findByMeeting(meeting.getId()).stream()
                .collect(Collectors.toMap(r -> r.getMember().getId(), Function.identity()));
        List<AttendanceRow> rows = new ArrayList<>();
        for (Seat s : seats.findByGroup(meeting.getGroup().getId())) {
            Attendance a = bySeat.get(s.getId());
            Member m = a != null && a.getMember() != null ? a.getMember() : s.getMember();
            if (m == null && a == null) {
                continue;
            }
            String name = m == null
                    ? "Vacant seat"
                    : insider || (m.isActive() && m.isDirectoryConsent()) ? m.getFullName() : "A member";
            MeetingReply reply = m == null ? null : byMember.get(m.getId());
            rows.add(new AttendanceRow(
                    s.getId(),
                    name,
                    s.describeRole(),
                    a == null ? null : a.getStatus(),
                    reply == null ? null : reply.getAnswer(),
                    reply == null || !insider ? null : reply.getNote()));
        }
        return rows;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void recordAttendance(Long meetingId, Long seatId, AttendanceStatus status) {
        Meeting m = lookup.meeting(meetingId);
        access.requireManage(m.getGroup());
        requireNotPublished(m);
        Seat seat = seats.findById(seatId)
                .filter(s -> s.getGroup().equals(m.getGroup()))
                .orElseThrow(() -> new BusinessException("That seat is not in this group."));
        Attendance a = attendance
                .findByMeetingIdAndSeatId(meetingId, seatId)
                .orElseGet(() -> attendance.save(new Attendance(m, seat, seat.getMember(), status)));
        a.setStatus(status);
        a.setMember(seat.getMember());
        broadcaster.meetingChanged(meetingId, MeetingChange.Kind.ATTENDANCE, seatId);
    }

    /** Each member's record over the group's meetings; anonymous visitors get none. */
    public List<AttendanceRate> attendanceRates(MeetingGroup group) {
        access.requireSee(group);
        GroupRole role = access.roleIn(group);
        if (!role.atLeast(GroupRole.SIGNED_IN)) {
            return List.of();
        }
        boolean insider = role.atLeast(GroupRole.SEAT_HOLDER);
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object[] row : attendance.countByMemberAndStatus(group.getId())) {
            Long id = (Long) row[0];
            names.put(id, insider || Boolean.TRUE.equals(row[2]) ? (String) row[1] : "A member");
            counts.computeIfAbsent(id, k -> new long[3])[((AttendanceStatus) row[3]).ordinal()] += (Long) row[4];
        }
        List<AttendanceRate> rates = new ArrayList<>();
        counts.forEach((id, c) -> rates.add(new AttendanceRate(id, names.get(id), c[0], c[1], c[2])));
        rates.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return rates;
    }

    /** Share of recorded seats that were present, over all meetings; the report's groups averaged 80%. */
    public int groupAttendancePercent(MeetingGroup group) {
        List<AttendanceRate> rates = attendanceRates(group);
        long present = rates.stream().mapToLong(AttendanceRate::present).sum();
        long recorded = rates.stream().mapToLong(AttendanceRate::recorded).sum();
        return recorded == 0 ? 0 : (int) Math.round(100.0 * present / recorded);
    }
}
