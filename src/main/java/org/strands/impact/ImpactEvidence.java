package org.strands.impact;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.platform.Area;
import org.strands.provision.CellEvidence;

/** The outcome cells with evidence of impact: any journey in the cell with a scored goal or a rating at the start and later. */
@Component
class ImpactEvidence implements CellEvidence {

    private final JdbcClient db;

    ImpactEvidence(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Set<String> outcomeCodesWithEvidence(Area area) {
        return new TreeSet<>(db.sql("""
                select distinct c from journey_summary s cross join lateral unnest(s.outcome_codes) c
                where s.area_id = ? and (s.goals_scored > 0 or (s.impairment_first is not null and s.impairment_latest is not null)
                   or (s.activity_first is not null and s.activity_latest is not null)
                   or (s.participation_first is not null and s.participation_latest is not null)
                   or (s.wellbeing_first is not null and s.wellbeing_latest is not null)
                   or (s.carer_wellbeing_first is not null and s.carer_wellbeing_latest is not null))""")
                .param(area.id()).query(String.class).list());
    }
}
