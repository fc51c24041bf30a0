package org.qcommons.insights;

import static org.qcommons.base.personaldata.PersonalDataContributor.entry;

import org.qcommons.base.personaldata.PersonalDataContributor;
import org.springframework.stereotype.Component;

/**
 * The measures a member created. They are shared improvement data, not personal data, so erasure keeps them:
 * they stay with the anonymised member, who shows as "Former member".
 */
@Component
class MeasurePersonalData implements PersonalDataContributor {

    private final MeasureRepository measures;
    private final DataPointRepository points;

    MeasurePersonalData(MeasureRepository measures, DataPointRepository points) {
        this.measures = measures;
        this.points = points;
    }

    @Override
    public String section() {
        return "measures";
    }

    @Override
    public Object export(Long memberId) {
        return measures.findByOwnerIdOrderByName(memberId).stream()
                .map(m -> entry(
                        "name",
                        m.getName(),
                        "unit",
                        m.getUnit(),
                        "definition",
                        m.getDefinition(),
                        "direction",
                        m.getDirection().label(),
                        "target",
                        m.getTarget(),
                        "dataPoints",
                        points.countByMeasureId(m.getId()),
                        "createdAt",
                        m.getCreatedAt().toString()))
                .toList();
    }

    @Override
    public void erase(Long memberId) {
        // Nothing to remove: see the class comment.
    }
}
