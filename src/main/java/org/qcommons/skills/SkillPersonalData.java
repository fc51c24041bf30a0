package org.qcommons.skills;

import static org.qcommons.base.personaldata.PersonalDataContributor.entry;

import org.qcommons.base.personaldata.PersonalDataContributor;
import org.springframework.stereotype.Component;

@Component
class SkillPersonalData implements PersonalDataContributor {

    private final MemberSkillRepository memberSkills;

    SkillPersonalData(MemberSkillRepository memberSkills) {
        this.memberSkills = memberSkills;
    }

    @Override
    public String section() {
        return "skills";
    }

    @Override
    public Object export(Long memberId) {
        return memberSkills.findByMember(memberId).stream()
                .map(ms -> entry(
                        "skill",
                        ms.getSkill().getName(),
                        "level",
                        ms.getLevel().label(),
                        "evidence",
                        ms.getEvidence(),
                        "offeredThroughConcordat",
                        ms.isOffered()))
                .toList();
    }

    @Override
    public void erase(Long memberId) {
        memberSkills.deleteAll(memberSkills.findByMember(memberId));
    }
}
