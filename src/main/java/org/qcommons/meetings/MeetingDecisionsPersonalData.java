package org.qcommons.meetings;

import static org.qcommons.base.personaldata.PersonalDataContributor.entry;

import org.qcommons.base.personaldata.PersonalDataContributor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What issue 20 records about a member: proposals made between meetings, responses to them with reasons, and
 * amendments proposed to minutes. Like posts and minutes they are the group's shared record, so erasure keeps them
 * pointing at the anonymised member and has nothing of its own to rewrite.
 */
@Component
@Order(101)
class MeetingDecisionsPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    MeetingDecisionsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "meetingDecisions";
    }

    @Override
    public Object export(Long memberId) {
        return entry(
                "proposals", jdbc.queryForList("""
                        select g.name group_name, p.title, p.body, cast(p.closes_on as char) closes_on, p.outcome
                        from mtg_proposal p join mtg_group g on g.id = p.group_id where p.author_id = ? order by p.id""", memberId),
                "proposalResponses", jdbc.queryForList("""
                        select p.title proposal, r.stance, r.reason, cast(r.responded_at as char) responded_at
                        from mtg_proposal_response r join mtg_proposal p on p.id = r.proposal_id
                        where r.member_id = ? order by r.id""", memberId),
                "minutesAmendments", jdbc.queryForList("""
                        select m.title meeting, i.title agenda_item, a.proposed_text, a.reason, a.status,
                        cast(a.created_at as char) created_at
                        from mtg_amendment a join mtg_agenda_item i on i.id = a.agenda_item_id
                        join mtg_meeting m on m.id = i.meeting_id where a.author_id = ? order by a.id""", memberId));
    }

    @Override
    public void erase(Long memberId) {
        // Kept as the group's record, attributed to the anonymised member.
    }
}
