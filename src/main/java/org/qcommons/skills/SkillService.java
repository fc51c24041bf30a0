package org.qcommons.skills;

import org.qcommons.base.BusinessException;
import org.qcommons.people.Member;
import org.qcommons.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

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
        return skills.findByActiveTrueOrderByGroupAscNameAsc();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<Skill> allSkills() {
        return skills.findAllByOrderByGroupAscNameAsc();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Skill saveSkill(Skill skill) {
        skills.findAll().stream()
                .filter(s -> s.getName().equalsIgnoreCase(skill.getName().trim()) && !s.equals(skill))
                .findAny()
                .ifPresent(s -> {
                    throw new BusinessException("The skill \"" + s.getName() + "\" already exists.");
                });
        return skills.save(skill);
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
        MemberSkill ms = memberSkills.findById(memberSkillId)
                .orElseThrow(() -> new BusinessException("That skill has already been removed."));
        requireSelfOrAdmin(ms.getMember().getId());
        memberSkills.delete(ms);
    }

    private static void requireSelfOrAdmin(Long memberId) {
        boolean self = CurrentUser.memberId().filter(memberId::equals).isPresent();
        if (!self && !CurrentUser.isAdmin()) {
            throw new AccessDeniedException("You may only change your own skills");
        }
    }
}
