package org.qcommons.projects;

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

/** A member's topics are those of the projects they lead or work on: the fields they work in (decision 113). */
@Component
class ProjectTopicInterests implements MemberInterestSource {

    private final NamedParameterJdbcTemplate jdbc;

    ProjectTopicInterests(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, MemberInterests> interestsOf(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> topics = new HashMap<>();
        jdbc.query("""
                select p.lead_id member_id, pt.topic_id from project p join project_topic pt on pt.project_id = p.id
                where p.archived = false and p.lead_id in (:ids)
                union
                select tm.member_id, pt.topic_id from project_team tm join project p on p.id = tm.project_id
                join project_topic pt on pt.project_id = p.id
                where p.archived = false and tm.member_id in (:ids)""", new MapSqlParameterSource("ids", memberIds), rs -> {
            topics.computeIfAbsent(rs.getLong("member_id"), id -> new HashSet<>())
                    .add(rs.getLong("topic_id"));
        });
        Map<Long, MemberInterests> interests = new HashMap<>();
        topics.forEach((member, ids) -> interests.put(member, new MemberInterests(null, ids, Set.of())));
        return interests;
    }
}
