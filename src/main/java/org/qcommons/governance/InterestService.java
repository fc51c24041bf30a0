package org.qcommons.governance;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.meetings.Visibility;
import org.qcommons.people.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of interests (decision 094): each member keeps standing declarations with their dates; a group's
 * register lists its seat holders' current ones, and public groups publish it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class InterestService {

    private final DeclarationRepository interests;
    private final InterestConfirmationRepository confirmations;
    private final GroupService groups;
    private final EntityManager em;
    private final Clock clock;

    InterestService(
            DeclarationRepository interests,
            InterestConfirmationRepository confirmations,
            GroupService groups,
            EntityManager em,
            Clock clock) {
        this.interests = interests;
        this.confirmations = confirmations;
        this.groups = groups;
        this.em = em;
        this.clock = clock;
    }

    public List<InterestDeclaration> mine() {
        return interests.findByMember(me());
    }

    @Transactional
    public InterestDeclaration declare(InterestKind kind, String description, LocalDate startsOn) {
        if (kind == null) {
            throw new BusinessException("Choose what kind of interest it is.");
        }
        if (description == null || description.isBlank()) {
            throw new BusinessException("Describe the interest: the organisation and your role in it.");
        }
        if (description.length() > 1000) {
            throw new BusinessException("Keep the description to 1,000 characters.");
        }
        if (startsOn == null) {
            throw new BusinessException("Give the date the interest began.");
        }
        return interests.save(new InterestDeclaration(
                em.find(Member.class, me()), kind, description.trim(), startsOn, clock.instant()));
    }

    /** Ends a declaration on a date; it stays on record, so that past meetings can be read against it. */
    @Transactional
    public InterestDeclaration end(Long interestId, LocalDate endsOn) {
        InterestDeclaration i = interests
                .findById(interestId)
                .orElseThrow(() -> new BusinessException("That declaration no longer exists."));
        if (!i.getMember().getId().equals(me())) {
            throw new AccessDeniedException("Not your declaration");
        }
        if (endsOn == null || endsOn.isBefore(i.getStartsOn())) {
            throw new BusinessException(
                    "The end date must be on or after the start, " + ElectionService.UK.format(i.getStartsOn()) + ".");
        }
        i.setEndsOn(endsOn);
        return i;
    }

    @Transactional
    public void confirm() {
        InterestConfirmation c = confirmations.findById(me()).orElseGet(() -> new InterestConfirmation(me()));
        c.setConfirmedOn(LocalDate.now(clock));
        confirmations.save(c);
    }

    public Optional<LocalDate> confirmedOn() {
        return confirmations.findById(me()).map(InterestConfirmation::getConfirmedOn);
    }

    /** Whether the reader may see a group's register: everyone for public groups, members for the others. */
    @PreAuthorize("permitAll()")
    public boolean canSeeRegister(MeetingGroup group) {
        return groups.byId(group.getId()).isPresent()
                && (group.getVisibility() == Visibility.PUBLIC || CurrentUser.isSignedIn());
    }

    /** The seat holders' current declarations, by holder. */
    @PreAuthorize("permitAll()")
    public List<RegisterLine> register(MeetingGroup group) {
        if (!canSeeRegister(group)) {
            throw new AccessDeniedException("Not visible");
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, SeatHolder> holders = groups.seats(group).stream()
                .filter(h -> h.memberId() != null)
                .collect(Collectors.toMap(SeatHolder::memberId, Function.identity(), (a, b) -> a));
        if (holders.isEmpty()) {
            return List.of();
        }
        return interests.findByMembers(holders.keySet()).stream()
                .filter(i -> i.isCurrent(today))
                .map(i -> new RegisterLine(
                        Optional.ofNullable(holders.get(i.getMember().getId()).name())
                                .orElse("A seat holder"),
                        holders.get(i.getMember().getId()).roleLabel(),
                        i.getKind(),
                        i.getDescription(),
                        i.getStartsOn(),
                        i.getEndsOn()))
                .toList();
    }

    public record RegisterLine(
            String holder, String seat, InterestKind kind, String description, LocalDate from, LocalDate to) {}

    private Long me() {
        return CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("No member"));
    }
}
