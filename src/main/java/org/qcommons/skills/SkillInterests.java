package org.qcommons.skills;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.qcommons.base.digest.MemberInterestSource;
import org.qcommons.base.digest.MemberInterests;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The skills on each member's profile, for the digest's "near you" (decision 113). */
@Component
class SkillInterests implements MemberInterestSource {

    private final NamedParameterJdbcTemplate jdbc;

    SkillInterests(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, MemberInterests> interestsOf(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> skills = new HashMap<>();
        jdbc.query(
                "select member_id, skill_id from member_skill where member_id in (:ids)",
                new MapSqlParameterSource("ids", memberIds),
                rs -> {
                    skills.computeIfAbsent(rs.getLong("member_id"), id -> new HashSet<>())
                            .add(rs.getLong("skill_id"));
                });
        Map<Long, MemberInterests> interests = new HashMap<>();
        skills.forEach((member, ids) -> interests.put(member, new MemberInterests(null, Set.of(), ids)));
        return interests;
    }
}
