package org.qcommons.skills.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.qcommons.people.Member;
import org.qcommons.people.ui.ProfileSection;
import org.qcommons.skills.MemberSkill;
import org.qcommons.skills.SkillService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/** The skills a member holds, on their profile. */
@Service
@Order(10)
class SkillsOnProfile implements ProfileSection {

    private final SkillService skills;

    SkillsOnProfile(SkillService skills) {
        this.skills = skills;
    }

    @Override
    public Component create(Member member) {
        Div section = new Div(new H3("Skills"));
        List<MemberSkill> held = skills.skillsOf(member.getId());
        if (held.isEmpty()) {
            section.add(new Paragraph("No skills recorded yet."));
        } else {
            Div list = new Div();
            held.forEach(ms -> list.add(badge(
                    ms.getSkill().getName() + " · " + ms.getLevel().label() + (ms.isOffered() ? " · offered" : ""))));
            section.add(list);
        }
        return section;
    }

    private static Span badge(String text) {
        Span s = new Span(text);
        s.getElement().getThemeList().add("badge");
        return s;
    }
}
