package org.strands.journey.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.strands.journey.CareDirection;
import org.strands.journey.Deliverer;
import org.strands.journey.Discharge;
import org.strands.journey.DischargeReason;
import org.strands.journey.GoalDetails;
import org.strands.journey.IcfDomain;
import org.strands.journey.JourneySource;
import org.strands.journey.PlanItemDetails;
import org.strands.journey.RatingDomain;
import org.strands.journey.StartJourney;
import org.strands.platform.FormErrors;
import org.strands.platform.Numbers;
import org.strands.provision.Choice;

/** The forms of a journey as typed: dates in day, month and year boxes, choices by their constant, numbers as text. */
final class JourneyForms {

    private JourneyForms() {
    }

    static LocalDate required(FormErrors errors, String field, String day, String month, String year, String what) {
        LocalDate on = errors.date(field, day, month, year);
        if (on == null && !errors.byField().containsKey(field)) {
            errors.add(field, field + "-day", "Enter the day " + what + ".");
        }
        return on;
    }

    record Start(String source, String contactId, String requestId, String startedOnDay, String startedOnMonth, String startedOnYear,
            String lead) {

        static Start empty(LocalDate today, String lead) {
            return new Start(null, null, null, Pages.day(today), Pages.month(today), Pages.year(today), lead);
        }

        StartJourney read(FormErrors errors) {
            return new StartJourney(Choice.parse(JourneySource.class, source).orElse(null), errors.parse("contactId", contactId, Numbers::whole),
                    errors.parse("requestId", requestId, Numbers::whole),
                    required(errors, "startedOn", startedOnDay, startedOnMonth, startedOnYear, "the journey started"), lead);
        }
    }

    record PlanItem(String offerId, String outcomeCode, String title, String deliveredBy, String direction, String startsOnDay,
            String startsOnMonth, String startsOnYear, String endsOnDay, String endsOnMonth, String endsOnYear, String hours, String sessions,
            String cost) {

        static PlanItem empty(LocalDate today) {
            return new PlanItem(null, null, null, null, null, Pages.day(today), Pages.month(today), Pages.year(today), null, null, null, null,
                    null, null);
        }

        PlanItemDetails read(FormErrors errors) {
            return new PlanItemDetails(errors.parse("offerId", offerId, Numbers::whole), outcomeCode, title,
                    Choice.parse(Deliverer.class, deliveredBy).orElse(null), Choice.parse(CareDirection.class, direction).orElse(null),
                    required(errors, "startsOn", startsOnDay, startsOnMonth, startsOnYear, "it starts"),
                    errors.date("endsOn", endsOnDay, endsOnMonth, endsOnYear), errors.parse("hours", hours, Numbers::decimal),
                    errors.parse("sessions", sessions, Numbers::wholeInt), errors.parse("cost", cost, Numbers::decimal));
        }
    }

    record Goal(String goal, String domain, String muchLess, String less, String expected, String more, String muchMore, String weight,
            String baseline, String setOnDay, String setOnMonth, String setOnYear, String planItemId) {

        static Goal empty(LocalDate today) {
            return new Goal(null, null, null, null, null, null, null, "1", "-1", Pages.day(today), Pages.month(today), Pages.year(today), null);
        }

        GoalDetails read(FormErrors errors) {
            return new GoalDetails(goal, Choice.parse(IcfDomain.class, domain).orElse(null), muchLess, less, expected, more, muchMore,
                    errors.parse("weight", weight, Numbers::decimal), errors.parse("baseline", baseline, Numbers::wholeInt),
                    required(errors, "setOn", setOnDay, setOnMonth, setOnYear, "the goal was set"),
                    errors.parse("planItemId", planItemId, Numbers::whole));
        }
    }

    record Ratings(String ratedOnDay, String ratedOnMonth, String ratedOnYear, String occasion, String impairment, String activity,
            String participation, String wellbeing, String carerWellbeing) {

        static Ratings empty(LocalDate today, String occasion) {
            return new Ratings(Pages.day(today), Pages.month(today), Pages.year(today), occasion, null, null, null, null, null);
        }

        Map<RatingDomain, BigDecimal> scores(FormErrors errors) {
            Map<RatingDomain, BigDecimal> scores = new EnumMap<>(RatingDomain.class);
            scores.put(RatingDomain.IMPAIRMENT, errors.parse("impairment", impairment, Numbers::decimal));
            scores.put(RatingDomain.ACTIVITY, errors.parse("activity", activity, Numbers::decimal));
            scores.put(RatingDomain.PARTICIPATION, errors.parse("participation", participation, Numbers::decimal));
            scores.put(RatingDomain.WELLBEING, errors.parse("wellbeing", wellbeing, Numbers::decimal));
            scores.put(RatingDomain.CARER_WELLBEING, errors.parse("carerWellbeing", carerWellbeing, Numbers::decimal));
            return scores;
        }
    }

    record DischargeForm(String dischargedOnDay, String dischargedOnMonth, String dischargedOnYear, String reason, String note) {

        static DischargeForm empty(LocalDate today) {
            return new DischargeForm(Pages.day(today), Pages.month(today), Pages.year(today), null, null);
        }

        Discharge read(FormErrors errors) {
            return new Discharge(required(errors, "dischargedOn", dischargedOnDay, dischargedOnMonth, dischargedOnYear, "the child was discharged"),
                    Choice.parse(DischargeReason.class, reason).orElse(null), note);
        }
    }
}
