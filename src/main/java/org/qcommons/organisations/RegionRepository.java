package org.qcommons.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Long> {
    List<Region> findAllByOrderByNameAsc();

    Optional<Region> findBySlug(String slug);

    Optional<Region> findByNameIgnoreCase(String name);
}
