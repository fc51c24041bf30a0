package org.qcommons.people;

import org.qcommons.base.BusinessException;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.organisations.Organisation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An ADMIN's changes to a member's record that are not their own profile edits. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class MemberAdministration {

    private final MemberRepository members;
    private final ApplicationEventPublisher events;

    MemberAdministration(MemberRepository members, ApplicationEventPublisher events) {
        this.members = members;
        this.events = events;
    }

    /** Moves a member to another organisation (and its area); they are told, and their rights are re-checked. */
    public Member move(Long memberId, Organisation to, String reason) {
        if (to == null || to.isRetired()) {
            throw new BusinessException("Choose an organisation that is not retired.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Say why, for the history and the member.");
        }
        Member m = members.findById(memberId).orElseThrow(() -> new BusinessException("That member no longer exists."));
        Long from = m.getOrganisation() == null ? null : m.getOrganisation().getId();
        if (to.getId().equals(from)) {
            throw new BusinessException(m.getFullName() + " is already at " + to.getName() + ".");
        }
        m.setOrganisation(to);
        m.setStp(to.getStp());
        events.publishEvent(new MemberMoved(memberId, from, to.getId(), reason.trim()));
        events.publishEvent(new AccessChanged(memberId, "moved organisation"));
        return m;
    }
}
