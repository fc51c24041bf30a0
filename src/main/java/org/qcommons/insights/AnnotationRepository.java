package org.qcommons.insights;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AnnotationRepository extends JpaRepository<Annotation, Long> {

    List<Annotation> findByMeasureIdOrderByDate(Long measureId);
}
