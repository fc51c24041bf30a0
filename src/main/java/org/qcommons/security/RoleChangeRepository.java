package org.qcommons.security;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RoleChangeRepository extends JpaRepository<RoleChange, Long> {

    @Query("select c from RoleChange c where c.member.id = :memberId order by c.changedAt desc, c.id desc")
    List<RoleChange> findByMember(@Param("memberId") Long memberId);

    @Query("select c from RoleChange c order by c.changedAt desc, c.id desc")
    List<RoleChange> findLatest(Pageable page);
}
