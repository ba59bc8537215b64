package org.strands.provision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.framework.OutcomeCode;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;

/** The area's one action plan, agreed from the provision map. */
@Service
public class ActionPlan {

    /** A new action: outcome codes and locality names it concerns, who owns it and when it is due. */
    public record NewAction(String title, List<String> outcomes, List<String> localities, String owner, LocalDate dueOn) {
    }

    /** The longest "what will be done" that an action keeps. */
    public static final int TITLE_LIMIT = 300;

    private final JdbcClient db;
    private final ProvisionRegister register;
    private final AuditTrail audit;
    private final Clock clock;

    ActionPlan(JdbcClient db, ProvisionRegister register, AuditTrail audit, Clock clock) {
        this.db = db;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Action> of(Area area) {
        record Row(long id, String title, String owner, LocalDate dueOn, String status) {
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
        Map<Long, String> names = register.facts(area).localityNames();
        Map<Long, List<String>> outcomes = pairs("select a.id, o.outcome_code from action a join action_outcome o on o.action_id = a.id where a.area_id = ? order by 2", area.id());
        Map<Long, List<String>> localities = pairs("select a.id, l.locality_id::text from action a join action_locality l on l.action_id = a.id where a.area_id = ?", area.id());
        Map<Long, List<Action.Note>> notes = new HashMap<>();
        db.sql("select n.action_id, n.note, n.written_by, n.written_at from action_note n join action a on a.id = n.action_id where a.area_id = ? order by n.written_at, n.id")
                .param(area.id()).query((rs, n) -> notes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Action.Note(rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)))).list();
        return db.sql("select id, title, owner, due_on, status from action where area_id = ? order by due_on nulls last, id")
                .param(area.id()).query(Row.class).list().stream().map(r -> {
                    ActionStatus status = ActionStatus.valueOf(r.status());
                    return new Action(r.id(), r.title(), outcomes.getOrDefault(r.id(), List.of()),
                            localities.getOrDefault(r.id(), List.of()).stream().map(id -> names.get(Long.valueOf(id))).toList(),
                            r.owner(), r.dueOn(), status, r.dueOn() != null && r.dueOn().isBefore(today) && status != ActionStatus.DONE,
                            notes.getOrDefault(r.id(), List.of()));
                }).toList();
    }

    @Transactional
    public Action add(Area area, NewAction action, String by) {
        AreaFacts facts = checked(area, action, "The action was not added.");
        long id = db.sql("insert into action (area_id, title, owner, due_on, status, created_by, created_at) values (?, ?, ?, ?, 'NOT_STARTED', ?, ?) returning id")
                .params(area.id(), action.title().strip(), action.owner().strip(), action.dueOn(), by, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        link(id, action, facts);
        audit.record(area.id(), "ACTION_ADDED", "action", String.valueOf(id), action.title());
        return one(area, id);
    }

    /** Changes what an action is, who owns it, when it is due and what it concerns; the audit log keeps what it was. */
    @Transactional
    public Action change(Area area, long id, NewAction action, String by) {
        Action before = one(area, id);
        AreaFacts facts = checked(area, action, "The action was not changed.");
        db.sql("update action set title = ?, owner = ?, due_on = ? where id = ? and area_id = ?")
                .params(action.title().strip(), action.owner().strip(), action.dueOn(), id, area.id()).update();
        db.sql("delete from action_outcome where action_id = ?").param(id).update();
        db.sql("delete from action_locality where action_id = ?").param(id).update();
        link(id, action, facts);
        audit.record(area.id(), "ACTION_CHANGED", "action", String.valueOf(id), "Was: " + described(before) + " by " + by);
        return one(area, id);
    }

    /** Deletes an action with its notes; the audit log keeps what it was and who deleted it. */
    @Transactional
    public void delete(Area area, long id, String by) {
        Action before = one(area, id);
        db.sql("delete from action where id = ? and area_id = ?").params(id, area.id()).update();
        audit.record(area.id(), "ACTION_DELETED", "action", String.valueOf(id), described(before) + ", deleted by " + by);
    }

    /** Throws {@link InvalidInput} with every reason the action could not be stored; stores nothing. */
    public void check(Area area, NewAction action) {
        checked(area, action, "The action was not saved.");
    }

    private AreaFacts checked(Area area, NewAction action, String summary) {
        AreaFacts facts = register.facts(area);
        List<RowError> errors = new ArrayList<>();
        if (action.title() == null || action.title().isBlank()) {
            errors.add(new RowError(0, "title", "Enter what the action is."));
        } else if (action.title().strip().length() > TITLE_LIMIT) {
            errors.add(new RowError(0, "title", "What will be done must be " + TITLE_LIMIT + " characters or fewer."));
        }
        if (action.owner() == null || action.owner().isBlank()) {
            errors.add(new RowError(0, "owner", "Enter who owns the action."));
        } else if (action.owner().strip().length() > TextLimits.NAME) {
            errors.add(new RowError(0, "owner", "Who owns the action must be " + TextLimits.NAME + " characters or fewer."));
        }
        outcomes(action).stream().filter(c -> OutcomeCode.parse(c).isEmpty()).forEach(c -> errors.add(new RowError(0, "outcomes", "\"" + c + "\" is not an outcome code.")));
        localities(action).stream().filter(l -> facts.locality(l).isEmpty()).forEach(l -> errors.add(new RowError(0, "localities", "\"" + l + "\" is not a locality of this area.")));
        if (!errors.isEmpty()) {
            throw new InvalidInput(summary, errors);
        }
        return facts;
    }

    private void link(long id, NewAction action, AreaFacts facts) {
        outcomes(action).stream().map(c -> OutcomeCode.parse(c).orElseThrow().code()).distinct().forEach(c ->
                db.sql("insert into action_outcome (action_id, outcome_code) values (?, ?)").params(id, c).update());
        localities(action).stream().map(l -> facts.locality(l).orElseThrow()).distinct().forEach(l ->
                db.sql("insert into action_locality (action_id, locality_id) values (?, ?)").params(id, l).update());
    }

    private static String described(Action a) {
        return "\u201c" + a.title() + "\u201d, owned by " + a.owner() + (a.dueOn() == null ? "" : ", due " + a.dueOn())
                + (a.outcomes().isEmpty() ? "" : ", outcomes " + String.join(" ", a.outcomes()))
                + (a.localities().isEmpty() ? "" : ", localities " + String.join(", ", a.localities()));
    }

    private static List<String> outcomes(NewAction action) {
        return action.outcomes() == null ? List.of() : action.outcomes();
    }

    private static List<String> localities(NewAction action) {
        return action.localities() == null ? List.of() : action.localities();
    }

    /** Changes an action's status, owner or due date where given, and adds a progress note if there is one. */
    @Transactional
    public Action progress(Area area, long id, ActionStatus status, String note, String owner, LocalDate dueOn, String by) {
        one(area, id);
        List<RowError> errors = new ArrayList<>();
        if (owner != null && owner.strip().length() > TextLimits.NAME) {
            errors.add(new RowError(0, "owner", "Who owns the action must be " + TextLimits.NAME + " characters or fewer."));
        }
        if (note != null && note.strip().length() > TextLimits.NOTE) {
            errors.add(new RowError(0, "note", "A note must be 10,000 characters or fewer."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The action was not changed.", errors);
        }
        if (owner != null && !owner.isBlank()) {
            db.sql("update action set owner = ? where id = ? and area_id = ?").params(owner.strip(), id, area.id()).update();
        }
        if (dueOn != null) {
            db.sql("update action set due_on = ? where id = ? and area_id = ?").params(dueOn, id, area.id()).update();
        }
        if (status != null) {
            db.sql("update action set status = ? where id = ? and area_id = ?").params(status.name(), id, area.id()).update();
        }
        if (note != null && !note.isBlank()) {
            db.sql("insert into action_note (action_id, note, written_by, written_at) values (?, ?, ?, ?)")
                    .params(id, note.strip(), by, Timestamp.from(clock.instant())).update();
        }
        audit.record(area.id(), "ACTION_PROGRESSED", "action", String.valueOf(id), status == null ? null : status.name());
        return one(area, id);
    }

    /**
     * Changes what an action is (when {@code changed} is given) and records its progress, in one transaction:
     * both or neither, each audited once.
     */
    @Transactional
    public Action amend(Area area, long id, NewAction changed, ActionStatus status, String note, String owner, LocalDate dueOn, String by) {
        if (changed == null) {
            return progress(area, id, status, note, owner, dueOn, by);
        }
        change(area, id, changed, by);
        return status == null && (note == null || note.isBlank()) ? one(area, id) : progress(area, id, status, note, null, null, by);
    }

    private Action one(Area area, long id) {
        return of(area).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("There is no action " + id + " in " + area.name() + "."));
    }

    private Map<Long, List<String>> pairs(String sql, long areaId) {
        Map<Long, List<String>> byAction = new HashMap<>();
        db.sql(sql).param(areaId).query((rs, n) -> byAction.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2))).list();
        return byAction;
    }
}
