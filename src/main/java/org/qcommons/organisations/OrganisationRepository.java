package org.qcommons.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o join fetch o.stp s join fetch s.region r order by r.name, s.name, o.name")
    List<Organisation> findAllGrouped();

    @Query("select o from Organisation o join fetch o.stp s join fetch s.region r where o.retiredOn is null"
            + " order by r.name, s.name, o.name")
    List<Organisation> findCurrentGrouped();

    Optional<Organisation> findByNameIgnoreCase(String name);

    Optional<Organisation> findByOdsCode(String odsCode);

    List<Organisation> findByStp(Stp stp);

    @Query("select s.region.name, count(o) from Organisation o join o.stp s where o.retiredOn is null"
            + " group by s.region.name")
    List<Object[]> countByRegion();
}
