package org.qcommons.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StpRepository extends JpaRepository<Stp, Long> {
    List<Stp> findAllByOrderByNameAsc();

    List<Stp> findByRegionOrderByNameAsc(Region region);

    Optional<Stp> findByNameIgnoreCase(String name);
}
