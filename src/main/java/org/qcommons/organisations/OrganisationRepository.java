package org.qcommons.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o join fetch o.stp s join fetch s.region r order by r.name, s.name, o.name")
    List<Organisation> findAllGrouped();

    Optional<Organisation> findByNameIgnoreCase(String name);

    @Query("select s.region.name, count(o) from Organisation o join o.stp s group by s.region.name")
    List<Object[]> countByRegion();
}
