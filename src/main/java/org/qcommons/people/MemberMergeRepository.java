package org.qcommons.people;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberMergeRepository extends JpaRepository<MemberMerge, Long> {}
