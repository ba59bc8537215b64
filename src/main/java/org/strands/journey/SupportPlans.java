package org.strands.journey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.framework.OutcomeCode;
import org.strands.platform.AreaContext;
import org.strands.platform.AuditTrail;
import org.strands.platform.RowErrors;
import org.strands.platform.TextLimits;
import org.strands.provision.Offer;
import org.strands.provision.OfferStatus;
import org.strands.provision.ProvisionRegister;

/** A child's support plan: a menu of items at any level at once, from the provision map or one-off. No fixed pathways. */
@Service
public class SupportPlans {

    static final BigDecimal MOST_HOURS = new BigDecimal("10000");
    static final BigDecimal MOST_COST = new BigDecimal("10000000");

    private final JdbcClient db;
    private final JourneyRules rules;
    private final ProvisionRegister provision;
    private final JourneySummaries summaries;
    private final AuditTrail audit;

    SupportPlans(JdbcClient db, JourneyRules rules, ProvisionRegister provision, JourneySummaries summaries, AuditTrail audit) {
        this.db = db;
        this.rules = rules;
        this.provision = provision;
        this.summaries = summaries;
        this.audit = audit;
    }

    /** The offers of the area's provision map an item may be, withdrawn ones left out. */
    public List<Offer> offers(AreaContext area) {
        return provision.offers(area.area()).stream().filter(o -> o.status() != OfferStatus.WITHDRAWN).toList();
    }

    public List<PlanItem> items(AreaContext area, long journeyId) {
        rules.journey(area, journeyId);
        return itemsOf(area.areaId(), journeyId);
    }

    /** The journey's plan, for a caller that has already checked the person may see its child. */
    List<PlanItem> itemsOf(long areaId, long journeyId) {
        return db.sql("select * from journey_plan_item where journey_id = ? and area_id = ? order by starts_on, id")
                .params(journeyId, areaId)
                .query((rs, n) -> new PlanItem(rs.getLong("id"), rs.getLong("journey_id"), (Long) rs.getObject("offer_id"),
                        OutcomeCode.parse(rs.getString("outcome_code")).orElseThrow(), rs.getString("title"),
                        Deliverer.valueOf(rs.getString("delivered_by")), CareDirection.valueOf(rs.getString("direction")),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getBigDecimal("hours"),
                        (Integer) rs.getObject("sessions"), rs.getBigDecimal("cost")))
                .list();
    }

    @Transactional
    public long add(AreaContext area, long journeyId, PlanItemDetails item) {
        Journey journey = rules.open(area, journeyId);
        RowErrors errors = new RowErrors();
        Offer offer = null;
        if (item.offerId() != null) {
            offer = offers(area).stream().filter(o -> o.id() == item.offerId()).findFirst().orElse(null);
            if (offer == null) {
                errors.add(0, "offerId", "Choose an offer of " + area.area().name() + "'s provision map, or a one-off item.");
            }
        }
        OutcomeCode outcome = OutcomeCode.parse(item.outcomeCode()).orElse(null);
        if (offer != null) {
            List<String> offered = offer.outcomes();
            if (outcome == null && offered.size() == 1) {
                outcome = OutcomeCode.parse(offered.getFirst()).orElse(null);
            }
            if (outcome == null || !offered.contains(outcome.code())) {
                errors.add(0, "outcomeCode", "Choose one of the offer's outcomes: " + String.join(", ", offered) + ".");
            }
        } else if (item.offerId() == null && outcome == null) {
            errors.add(0, "outcomeCode", "Choose the outcome the item works towards, from FS1 to IN3.");
        }
        String title = item.title() == null || item.title().isBlank() ? (offer == null ? null : offer.name()) : item.title().strip();
        if (title == null) {
            errors.add(0, "title", "Enter what the item is, like \u201cattention and listening group\u201d.");
        } else if (title.length() > TextLimits.NAME || TextLimits.hasNul(title)) {
            errors.add(0, "title", "Enter a title of at most 200 characters.");
        }
        if (item.deliveredBy() == null) {
            errors.add(0, "deliveredBy", "Choose who delivers it.");
        }
        if (item.direction() == null) {
            errors.add(0, "direction", "Choose what it aims at: to improve, sustain or manage decline.");
        }
        if (item.startsOn() == null) {
            errors.add(0, "startsOn", "Enter the day it starts.");
        } else if (item.startsOn().isBefore(journey.startedOn())) {
            errors.add(0, "startsOn", "Enter a day on or after the journey started.");
        } else if (item.startsOn().isAfter(rules.today().plusYears(1))) {
            errors.add(0, "startsOn", "Enter a day within the next year.");
        }
        if (item.endsOn() != null && item.startsOn() != null && item.endsOn().isBefore(item.startsOn())) {
            errors.add(0, "endsOn", "Enter an end on or after the start, or leave it blank.");
        } else if (item.endsOn() != null && item.endsOn().isAfter(rules.today().plusYears(3))) {
            errors.add(0, "endsOn", "Enter an end within the next three years, or leave it blank.");
        }
        if (item.hours() != null && (item.hours().signum() < 0 || item.hours().compareTo(MOST_HOURS) > 0 || item.hours().scale() > 2)) {
            errors.add(0, "hours", "Enter the hours, from 0 to 10,000, in at most two decimal places.");
        }
        if (item.sessions() != null && (item.sessions() < 0 || item.sessions() > 1000)) {
            errors.add(0, "sessions", "Enter the number of sessions, from 0 to 1,000.");
        }
        if (item.cost() != null && (item.cost().signum() < 0 || item.cost().compareTo(MOST_COST) > 0 || item.cost().scale() > 2)) {
            errors.add(0, "cost", "Enter the cost in pounds, from 0 to 10,000,000, with at most two decimal places.");
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The item was not added to the plan.");
        }
        long id = db.sql("""
                insert into journey_plan_item (area_id, journey_id, offer_id, outcome_code, title, delivered_by, direction, starts_on, ends_on,
                    hours, sessions, cost, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(area.areaId(), journeyId, item.offerId(), outcome.code(), title, item.deliveredBy().name(), item.direction().name(),
                        item.startsOn(), item.endsOn(), item.hours(), item.sessions(), item.cost(), area.username())
                .query(Long.class).single();
        audit.record(area.areaId(), "PLAN", "journey", String.valueOf(journeyId), outcome.code());
        summaries.refresh(area.areaId(), List.of(journeyId));
        return id;
    }
}
