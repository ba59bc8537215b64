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

/** The area's one action plan, agreed from the provision map. */
@Service
public class ActionPlan {

    /** A new action: outcome codes and locality names it concerns, who owns it and when it is due. */
    public record NewAction(String title, List<String> outcomes, List<String> localities, String owner, LocalDate dueOn) {
    }

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
        AreaFacts facts = register.facts(area);
        List<RowError> errors = new ArrayList<>();
        if (action.title() == null || action.title().isBlank()) {
            errors.add(new RowError(0, "title", "Enter what the action is."));
        }
        if (action.owner() == null || action.owner().isBlank()) {
            errors.add(new RowError(0, "owner", "Enter who owns the action."));
        }
        List<String> outcomes = action.outcomes() == null ? List.of() : action.outcomes();
        List<String> localities = action.localities() == null ? List.of() : action.localities();
        outcomes.stream().filter(c -> OutcomeCode.parse(c).isEmpty()).forEach(c -> errors.add(new RowError(0, "outcomes", "\"" + c + "\" is not an outcome code.")));
        localities.stream().filter(l -> facts.locality(l).isEmpty()).forEach(l -> errors.add(new RowError(0, "localities", "\"" + l + "\" is not a locality of this area.")));
        if (!errors.isEmpty()) {
            throw new InvalidInput("The action was not added.", errors);
        }
        long id = db.sql("insert into action (area_id, title, owner, due_on, status, created_by, created_at) values (?, ?, ?, ?, 'NOT_STARTED', ?, ?) returning id")
                .params(area.id(), action.title().strip(), action.owner().strip(), action.dueOn(), by, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        outcomes.stream().map(c -> OutcomeCode.parse(c).orElseThrow().code()).distinct().forEach(c ->
                db.sql("insert into action_outcome (action_id, outcome_code) values (?, ?)").params(id, c).update());
        localities.stream().map(l -> facts.locality(l).orElseThrow()).distinct().forEach(l ->
                db.sql("insert into action_locality (action_id, locality_id) values (?, ?)").params(id, l).update());
        audit.record(area.id(), "ACTION_ADDED", "action", String.valueOf(id), action.title());
        return one(area, id);
    }

    /** Changes an action's status, owner or due date where given, and adds a progress note if there is one. */
    @Transactional
    public Action progress(Area area, long id, ActionStatus status, String note, String owner, LocalDate dueOn, String by) {
        one(area, id);
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
