package org.qcommons.projects;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QiMethodRepository extends JpaRepository<QiMethod, Long> {

    List<QiMethod> findAllByOrderByNameAsc();

    Optional<QiMethod> findBySlug(String slug);

    Optional<QiMethod> findByNameIgnoreCase(String name);
}
