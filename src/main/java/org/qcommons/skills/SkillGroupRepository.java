package org.qcommons.skills;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SkillGroupRepository extends JpaRepository<SkillGroup, Long> {

    List<SkillGroup> findAllByOrderByNameAsc();

    Optional<SkillGroup> findByNameIgnoreCase(String name);
}
