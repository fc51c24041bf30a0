package org.qcommons.organisations;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface StpRepository extends JpaRepository<Stp, Long> {
    List<Stp> findAllByOrderByNameAsc();

    List<Stp> findByRegionOrderByNameAsc(Region region);
}
