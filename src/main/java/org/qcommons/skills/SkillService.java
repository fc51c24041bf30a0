package org.qcommons.skills;

import java.util.List;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The skills taxonomy and each member's own skills. Matching and search are built on top of this. */
@Service
@Transactional(readOnly = true)
public class SkillService {

    private final SkillRepository skills;
    private final MemberSkillRepository memberSkills;

    SkillService(SkillRepository skills, MemberSkillRepository memberSkills) {
        this.skills = skills;
        this.memberSkills = memberSkills;
    }

    @PreAuthorize("permitAll()")
    public List<Skill> activeSkills() {
        return skills.findByActiveTrueOrderByGroupNameAscNameAsc();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Skill> allSkills() {
        return skills.findAllByOrderByGroupNameAscNameAsc();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Skill saveSkill(Skill skill) {
        String name = skill.getName() == null ? "" : skill.getName().trim();
        skills.findByNameIgnoreCase(name).filter(s -> !s.equals(skill)).ifPresent(s -> {
            throw new BusinessException("The skill \"" + s.getName() + "\" already exists.");
        });
        if (skill.isNew()) {
            return skills.save(skill);
        }
        // Applied to the stored skill, so that a rename keeps the old name among the former names.
        Skill current =
                skills.findById(skill.getId()).orElseThrow(() -> new BusinessException("This skill no longer exists."));
        if (current.getVersion() != skill.getVersion()) {
            throw new ConcurrentEditException("This skill");
        }
        if (current.getSuccessor() != null && skill.isActive()) {
            throw new BusinessException(current.getName() + " was merged into "
                    + current.getSuccessor().getName() + ".");
        }
        current.rename(name);
        current.setGroup(skill.getGroup());
        current.setActive(skill.isActive());
        return skills.saveAndFlush(current);
    }

    @PreAuthorize("isAuthenticated()")
    public List<MemberSkill> skillsOf(Long memberId) {
        return memberSkills.findByMember(memberId);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MemberSkill addSkill(Member member, Skill skill, SkillLevel level, boolean offered, String evidence) {
        requireSelfOrAdmin(member.getId());
        boolean duplicate = memberSkills.findByMember(member.getId()).stream()
                .anyMatch(ms -> ms.getSkill().equals(skill));
        if (duplicate) {
            throw new BusinessException("You have already recorded " + skill.getName() + ". Change its level instead.");
        }
        MemberSkill ms = new MemberSkill(member, skill, level, offered);
        ms.setEvidence(evidence);
        return memberSkills.save(ms);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeSkill(Long memberSkillId) {
        MemberSkill ms = memberSkills
                .findById(memberSkillId)
                .orElseThrow(() -> new BusinessException("That skill has already been removed."));
        requireSelfOrAdmin(ms.getMember().getId());
        memberSkills.delete(ms);
    }

    /** Changes the level, evidence or offer of one of the current member's skills. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MemberSkill updateSkill(
            Long memberSkillId, long expectedVersion, SkillLevel level, boolean offered, String evidence) {
        MemberSkill ms = memberSkills
                .findById(memberSkillId)
                .orElseThrow(() -> new BusinessException("That skill has been removed."));
        requireSelfOrAdmin(ms.getMember().getId());
        if (ms.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This skill");
        }
        if (level == null) {
            throw new BusinessException("Choose a level");
        }
        if (evidence != null && evidence.length() > 1000) {
            throw new BusinessException("Keep the evidence to 1,000 characters or fewer.");
        }
        ms.setLevel(level);
        ms.setOffered(offered);
        ms.setEvidence(evidence == null || evidence.isBlank() ? null : evidence.trim());
        return memberSkills.saveAndFlush(ms);
    }

    /** Finds members by skill; only active members who consented to the directory are ever returned. */
    @PreAuthorize("isAuthenticated()")
    public Page<MemberSkill> search(SkillSearchFilter filter, Pageable pageable) {
        SkillSearchFilter f = filter == null ? SkillSearchFilter.any() : filter;
        return memberSkills.search(
                f.skillId(), f.levels(), f.regionId(), f.stpId(), f.minDays(), f.offeredOnly(), pageable);
    }

    /** How many members record this skill, so the taxonomy editor can warn before retiring it. */
    @PreAuthorize("hasRole('ADMIN')")
    public long holders(Long skillId) {
        return memberSkills.countBySkillId(skillId);
    }

    private static void requireSelfOrAdmin(Long memberId) {
        boolean self = CurrentUser.memberId().filter(memberId::equals).isPresent();
        if (!self && !CurrentUser.isAdmin()) {
            throw new AccessDeniedException("You may only change your own skills");
        }
    }
}
