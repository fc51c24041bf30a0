package org.qcommons.projects;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, Long> {

    List<Topic> findAllByOrderByKindAscNameAsc();

    Optional<Topic> findBySlug(String slug);

    Optional<Topic> findByNameIgnoreCase(String name);
}
