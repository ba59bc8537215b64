package org.strands.journey;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.platform.AreaContext;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowErrors;

/** What every change to a journey checks: that the person may see the child, that the journey is open, and its dates. */
@Component
class JourneyRules {

    private final JdbcClient db;
    private final Caseloads caseloads;
    private final java.time.Clock clock;

    JourneyRules(JdbcClient db, Caseloads caseloads, java.time.Clock clock) {
        this.db = db;
        this.caseloads = caseloads;
        this.clock = clock;
    }

    /** The journey, if the person may see its child (404 otherwise). */
    Journey journey(AreaContext area, long journeyId) {
        caseloads.childOfJourney(area, journeyId);
        return db.sql("select * from journey_journey where id = ? and area_id = ?").params(journeyId, area.areaId())
                .query((rs, n) -> Journeys.journey(rs)).single();
    }

    /** The journey, refused naming no field when it was discharged: nothing more is recorded on a closed journey. */
    Journey open(AreaContext area, long journeyId) {
        Journey journey = journey(area, journeyId);
        if (!journey.open()) {
            throw InvalidInput.of("journey", "This journey was closed on " + Formats.ukDate(journey.dischargedOn())
                    + ": start a new journey to record more.");
        }
        return journey;
    }

    /** Adds a named error when the day is missing, before the journey started or after today. */
    LocalDate day(RowErrors errors, String field, LocalDate day, Journey journey, String what) {
        if (day == null) {
            errors.add(0, field, "Enter the day " + what + ".");
        } else if (journey != null && day.isBefore(journey.startedOn())) {
            errors.add(0, field, "Enter a day on or after the journey started, " + Formats.ukDate(journey.startedOn()) + ".");
        } else if (day.isAfter(today())) {
            errors.add(0, field, "Enter a day up to today: it cannot be recorded before it happens.");
        }
        return day;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.LONDON);
    }
}
