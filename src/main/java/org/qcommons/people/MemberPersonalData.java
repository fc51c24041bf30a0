package org.qcommons.people;

import static org.qcommons.base.personaldata.PersonalDataContributor.entry;

import org.qcommons.base.personaldata.PersonalDataContributor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The profile itself. Erased last, so other features can still read the member while they anonymise. */
@Component
@Order(Integer.MAX_VALUE)
class MemberPersonalData implements PersonalDataContributor {

    static final String FORMER_MEMBER = "Former member";

    private final MemberRepository members;

    MemberPersonalData(MemberRepository members) {
        this.members = members;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public Object export(Long memberId) {
        return members.findWithDetails(memberId)
                .map(m -> entry(
                        "fullName",
                        m.getFullName(),
                        "email",
                        m.getEmail(),
                        "profession",
                        m.getProfession(),
                        "jobTitle",
                        m.getJobTitle(),
                        "organisation",
                        m.getOrganisation() == null ? null : m.getOrganisation().getName(),
                        "stp",
                        m.getStp() == null ? null : m.getStp().getName(),
                        "joinedQ",
                        m.getJoinedQ() == null ? null : m.getJoinedQ().toString(),
                        "foundingCohort",
                        m.isFoundingCohort(),
                        "patientOrCarer",
                        m.isPatientOrCarer(),
                        "qConnector",
                        m.isQConnector(),
                        "bio",
                        m.getBio(),
                        "directoryConsent",
                        m.isDirectoryConsent(),
                        "status",
                        m.getStatus().name(),
                        "availabilityDaysPerQuarter",
                        m.getAvailabilityDaysPerQuarter(),
                        "worksRemotely",
                        m.isWorksRemotely(),
                        "canTravel",
                        m.isCanTravel(),
                        "createdAt",
                        m.getCreatedAt().toString()))
                .orElse(null);
    }

    @Override
    public void erase(Long memberId) {
        members.findById(memberId).ifPresent(m -> {
            m.setFullName(FORMER_MEMBER);
            m.setEmail("erased-" + memberId + "@erased.invalid");
            m.setProfession(null);
            m.setJobTitle(null);
            m.setBio(null);
            m.setJoinedQ(null);
            m.setDirectoryConsent(false);
            m.setPatientOrCarer(false);
            m.setQConnector(false);
            m.setFoundingCohort(false);
            m.setAvailabilityDaysPerQuarter(0);
            m.setStatus(MemberStatus.DEACTIVATED);
        });
    }
}
