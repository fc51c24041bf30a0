package org.qcommons.insights;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureTargetRepository extends JpaRepository<MeasureTarget, Long> {

    List<MeasureTarget> findByMeasureIdOrderByFromAscIdAsc(Long measureId);
}
