package org.qcommons.insights;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    @Query("select m from Measure m where (:name is null or lower(m.name) like :name)")
    Page<Measure> find(@Param("name") String nameLike, Pageable pageable);

    List<Measure> findByProjectIdOrderByName(Long projectId);

    List<Measure> findByOwnerIdOrderByName(Long ownerId);
}
