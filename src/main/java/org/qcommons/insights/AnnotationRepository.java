package org.qcommons.insights;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnnotationRepository extends JpaRepository<Annotation, Long> {

    List<Annotation> findByMeasureIdOrderByDate(Long measureId);
}
