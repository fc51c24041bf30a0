package org.qcommons.insights;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface DataPointRepository extends JpaRepository<DataPoint, Long> {

    List<DataPoint> findByMeasureIdOrderByDate(Long measureId);

    Optional<DataPoint> findByMeasureIdAndDate(Long measureId, LocalDate date);

    long countByMeasureId(Long measureId);
}
