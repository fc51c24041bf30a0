package org.qcommons.exchange;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignatoryRepository extends JpaRepository<Signatory, Long> {

    @Query(
            "select distinct s from Signatory s join fetch s.organisation o left join fetch s.stpsCovered order by o.name")
    List<Signatory> findAllOrdered();

    @Query("select s from Signatory s where s.organisation.id = :orgId")
    Optional<Signatory> findByOrganisationId(@Param("orgId") Long orgId);

    /** Serialises release approvals per lending organisation, so two at once cannot both slip under its cap. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Signatory s where s.organisation.id = :orgId")
    Optional<Signatory> lockByOrganisationId(@Param("orgId") Long orgId);

    boolean existsByOrganisationId(Long orgId);
}
