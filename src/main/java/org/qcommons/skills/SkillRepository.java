package org.qcommons.skills;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SkillRepository extends JpaRepository<Skill, Long> {

    java.util.Optional<Skill> findByNameIgnoreCase(String name);
    List<Skill> findAllByOrderByGroupAscNameAsc();

    List<Skill> findByActiveTrueOrderByGroupAscNameAsc();
}
