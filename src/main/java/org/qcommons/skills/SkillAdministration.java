package org.qcommons.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An ADMIN's edits to the skills taxonomy beyond one skill's fields: skill groups (add, rename, retire, merge) and
 * merging two skills, which moves every member's skill and publishes {@link SkillMerged} for the requests and
 * offers other modules keep.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class SkillAdministration {

    /** A skill group and how many skills it heads. */
    public record GroupUse(SkillGroup group, long skills) {}

    private final SkillGroupRepository groups;
    private final SkillRepository skills;
    private final MemberSkillRepository memberSkills;
    private final List<SkillUsage> usages;
    private final ApplicationEventPublisher events;

    SkillAdministration(
            SkillGroupRepository groups,
            SkillRepository skills,
            MemberSkillRepository memberSkills,
            List<SkillUsage> usages,
            ApplicationEventPublisher events) {
        this.groups = groups;
        this.skills = skills;
        this.memberSkills = memberSkills;
        this.usages = usages;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<SkillGroup> activeGroups() {
        return groups.findAllByOrderByNameAsc().stream()
                .filter(SkillGroup::isActive)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<GroupUse> groups() {
        return groups.findAllByOrderByNameAsc().stream()
                .map(g -> new GroupUse(g, skills.countByGroup(g)))
                .toList();
    }

    public SkillGroup addGroup(String name) {
        String n = required(name);
        unique(null, n);
        return groups.save(new SkillGroup(n));
    }

    /** Renames a group; the old name is kept among its former names. */
    public SkillGroup renameGroup(Long id, long version, String name) {
        SkillGroup group = current(id, version);
        String n = required(name);
        unique(group, n);
        group.rename(n);
        return group;
    }

    /** A group with skills in it cannot simply be retired: its skills must move first (merge it instead). */
    public SkillGroup setGroupActive(Long id, long version, boolean active) {
        SkillGroup group = current(id, version);
        long n = skills.countByGroup(group);
        if (!active && n > 0) {
            throw new BusinessException(group.getName() + " still heads " + SkillUsage.count(n, "skill", "skills")
                    + ". Merge it into the group that takes them over instead.");
        }
        group.setActive(active);
        return group;
    }

    /** Moves every skill of one group to another and retires the first. */
    public SkillGroup mergeGroup(Long fromId, Long toId) {
        SkillGroup from = groups.findById(fromId).orElseThrow(() -> gone("skill group"));
        SkillGroup to = groups.findById(toId).orElseThrow(() -> gone("skill group"));
        if (from.equals(to) || !to.isActive()) {
            throw new BusinessException("Choose another group that is still in use to merge into.");
        }
        skills.findByGroup(from).forEach(s -> s.setGroup(to));
        from.setActive(false);
        return to;
    }

    /** What a merge of this skill would move, for the confirmation ("moves 4 members' skills, 1 request"). */
    @Transactional(readOnly = true)
    public List<String> usesOf(Long skillId) {
        List<String> uses = new ArrayList<>();
        long held = memberSkills.countBySkillId(skillId);
        if (held > 0) {
            uses.add(SkillUsage.count(held, "member's skill", "members' skills"));
        }
        usages.stream().map(u -> u.usesSkill(skillId)).flatMap(Optional::stream).forEach(uses::add);
        return uses;
    }

    /**
     * Moves everything that used one skill to another and retires the first into it. A member who already holds
     * both keeps the higher level, and the skill stays offered if either was.
     */
    public Skill mergeSkill(Long fromId, Long toId) {
        Skill from = skills.findById(fromId).orElseThrow(() -> gone("skill"));
        Skill to = skills.findById(toId).orElseThrow(() -> gone("skill"));
        if (from.equals(to) || !to.isActive()) {
            throw new BusinessException("Choose another skill that is still offered to merge into.");
        }
        List<MemberSkill> held = memberSkills.findBySkillId(toId);
        for (MemberSkill ms : memberSkills.findBySkillId(fromId)) {
            Optional<MemberSkill> both = held.stream()
                    .filter(h -> h.getMember().equals(ms.getMember()))
                    .findFirst();
            if (both.isPresent()) {
                MemberSkill kept = both.get();
                if (ms.getLevel().ordinal() > kept.getLevel().ordinal()) {
                    kept.setLevel(ms.getLevel());
                }
                kept.setOffered(kept.isOffered() || ms.isOffered());
                memberSkills.delete(ms);
            } else {
                ms.setSkill(to);
            }
        }
        memberSkills.flush();
        events.publishEvent(new SkillMerged(fromId, toId));
        from.retireInto(to);
        return to;
    }

    private SkillGroup current(Long id, long version) {
        SkillGroup group = groups.findById(id).orElseThrow(() -> gone("skill group"));
        if (group.getVersion() != version) {
            throw new ConcurrentEditException("This skill group");
        }
        return group;
    }

    private void unique(SkillGroup group, String name) {
        groups.findByNameIgnoreCase(name).filter(g -> !g.equals(group)).ifPresent(g -> {
            throw new BusinessException("A skill group called \"" + g.getName() + "\" already exists.");
        });
    }

    private static BusinessException gone(String what) {
        return new BusinessException("That " + what + " no longer exists.");
    }

    private static String required(String name) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("Enter a name.");
        }
        if (name.strip().length() > 60) {
            throw new BusinessException("Use 60 characters or fewer.");
        }
        return name.strip();
    }
}
