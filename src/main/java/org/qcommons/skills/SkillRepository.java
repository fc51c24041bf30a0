package org.qcommons.skills;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SkillRepository extends JpaRepository<Skill, Long> {
    List<Skill> findAllByOrderByGroupAscNameAsc();

    List<Skill> findByActiveTrueOrderByGroupAscNameAsc();
}
