package org.qcommons.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataPointRepository extends JpaRepository<DataPoint, Long> {

    List<DataPoint> findByMeasureIdOrderByDate(Long measureId);

    Optional<DataPoint> findByMeasureIdAndDate(Long measureId, LocalDate date);

    long countByMeasureId(Long measureId);
}
