package org.qcommons.exchange;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExpertiseRequestRepository extends JpaRepository<ExpertiseRequest, Long> {

    @Query(value = """
            select r from ExpertiseRequest r join r.requestingOrg o
            where (:status is null or r.status = :status)
              and (:stpId is null or o.stp.id = :stpId)
              and (:skillId is null or exists (select 1 from RequestSkill rs where rs.request = r and rs.skill.id = :skillId))
              and (:orgId is null or o.id = :orgId)
            """, countQuery = """
            select count(r) from ExpertiseRequest r join r.requestingOrg o
            where (:status is null or r.status = :status)
              and (:stpId is null or o.stp.id = :stpId)
              and (:skillId is null or exists (select 1 from RequestSkill rs where rs.request = r and rs.skill.id = :skillId))
              and (:orgId is null or o.id = :orgId)
            """)
    Page<ExpertiseRequest> findBoard(
            @Param("status") RequestStatus status,
            @Param("stpId") Long stpId,
            @Param("skillId") Long skillId,
            @Param("orgId") Long orgId,
            Pageable pageable);
}
