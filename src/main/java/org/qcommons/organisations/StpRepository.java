package org.qcommons.organisations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StpRepository extends JpaRepository<Stp, Long> {
    List<Stp> findAllByOrderByNameAsc();

    List<Stp> findByRegionOrderByNameAsc(Region region);
}
