package org.strands.linking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.strands.place.Setting;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;
import org.strands.platform.JobProgress;
import org.strands.platform.NotFound;

/** Solves, stores and adjusts the area's link therapists, and answers who links each setting. */
@Service
public class LinkTherapists {

    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(10);
    public static final int MAX_SECONDS = 120;
    /** How each setting's link time is worked out, in words. */
    public static final String RULE = LinkHours.RULE;

    /** The result of a solve, or of scoring the links as they stand. */
    public record Outcome(String score, boolean feasible, long millis, Long feasibleAfterMillis, int settings, int therapists,
            List<ScoreBreakdown.Part> constraints, List<Assignment> assignments) {
    }

    public record LastSolve(String solvedBy, OffsetDateTime solvedAt, int settings, int therapists, String score, boolean feasible,
            int millis, Integer feasibleAfterMillis) {
    }

    private final LinkPlans plans;
    private final LinkTeam team;
    private final LinkSolver solver;
    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;

    LinkTherapists(LinkPlans plans, LinkTeam team, LinkSolver solver, JdbcClient db, JdbcTemplate jdbc,
            TransactionTemplate transaction, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.team = team;
        this.solver = solver;
        this.db = db;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks what a solve needs before it is started in the background: a time limit within bounds, and a team. */
    public void checkSolvable(Area area, Duration limit) {
        if (limit.isNegative() || limit.isZero() || limit.toSeconds() > MAX_SECONDS) {
            throw InvalidInput.of("seconds", "Give the solver from 1 to " + MAX_SECONDS + " seconds.");
        }
        if (team.of(area).isEmpty()) {
            throw InvalidInput.of("therapists", "Add link therapists before placing them.");
        }
    }

    /**
     * Solves within the limit and stores the result, telling how it goes (time spent of the limit, the best plan so
     * far); pinned links stay as they are. One solve per area at a time is {@link LinkSolveJob}'s to ensure, across
     * nodes; the checks are made again here because the team may have changed since the job was started.
     */
    public Outcome solve(Area area, Duration limit, String by, JobProgress progress) {
        checkSolvable(area, limit);
        return solveWithin(area, limit, by, progress);
    }

    Outcome solveWithin(Area area, Duration limit, String by, JobProgress progress) {
        progress.report(2, "Reading the team, the schools and settings, and their need.");
        List<LinkNeeds.Need> linked = plans.linked(area);
        LinkSolver.Solved solved = solver.solve(plans.toSolve(area, linked), limit, SolveProgress.of(limit, progress));
        if (!solved.placedEverySetting()) {
            throw InvalidInput.of("seconds", "No plan was found in " + SolveProgress.seconds(limit) + ": the time ran out before "
                    + "every school and setting had a link therapist. Nothing was changed. Give the solver more time and place them again.");
        }
        progress.report(95, "Saving the links and the reason for each move.");
        Map<String, LinkPlans.Current> before = plans.current(area);
        transaction.executeWithoutResult(status -> save(area, solved, before, by));
        return outcome(area, solved, linked);
    }

    /** The links as they stand, with their score: after a solve and any changes people made since. */
    public Outcome current(Area area) {
        List<LinkNeeds.Need> linked = plans.linked(area);
        return outcome(area, solver.score(plans.asItStands(area, linked)), linked);
    }

    public Optional<LastSolve> lastSolve(Area area) {
        return db.sql("""
                select solved_by, solved_at, settings, therapists, score, feasible, millis, feasible_after_millis
                from link_solve where area_id = ? order by solved_at desc, id desc limit 1""")
                .param(area.id()).query(LastSolve.class).optional();
    }

    /**
     * A person's choice of link therapist for one setting; pinned choices are kept by later solves. A choice that
     * would put the therapist over their link hours is refused, naming the hours, unless {@code allowOverHours}:
     * then it is saved and the choice carries that warning.
     */
    public LinkChoice assign(Area area, String ref, long therapistId, boolean pinned, boolean allowOverHours, String by) {
        Setting setting = Optional.ofNullable(plans.settings(area).get(ref))
                .orElseThrow(() -> new NotFound("There is no school or setting " + ref + " in " + area.name() + "."));
        Therapist therapist = team.one(area, therapistId);
        LinkPlan plan = plans.toSolve(area, plans.linked(area));
        long tenths = plan.getLinks().stream().filter(l -> l.getRef().equals(ref)).mapToLong(SettingLink::getTenths).findFirst()
                .orElseThrow(() -> InvalidInput.of("therapistId", setting.name() + " is not a kind of school or setting that "
                        + area.name() + " gives a link therapist. Choose its kind on the link therapists page first."));
        double others = plans.current(area).values().stream().filter(c -> c.therapistId() == therapist.id() && !c.settingRef().equals(ref))
                .mapToDouble(LinkPlans.Current::hours).sum();
        double total = Math.round((others + tenths / 10.0) * 10) / 10.0;
        boolean over = Math.round(total * 10) > therapist.capacityTenths();
        if (over && !allowOverHours) {
            throw new OverLinkHours(OverHours.refusal(therapist.name(), total, therapist.linkHours()));
        }
        String reason = "Chosen by " + by + (pinned ? ", and pinned." : ".") + (over ? " Over " + therapist.name() + "'s link hours." : "");
        db.sql("""
                insert into link_assignment (area_id, setting_ref, therapist_id, hours, pinned, reason, assigned_by, assigned_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (area_id, setting_ref) do update set therapist_id = excluded.therapist_id, hours = excluded.hours,
                  pinned = excluded.pinned, reason = excluded.reason, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at""")
                .params(area.id(), ref, therapist.id(), tenths / 10.0, pinned, reason, by, Timestamp.from(clock.instant())).update();
        audit.recordAs(by, area.id(), "LINK_THERAPIST_CHOSEN", "setting", ref, therapist.name() + (pinned ? " (pinned)" : "")
                + (over ? ", over their link hours: " + OverHours.number(total) + " of " + OverHours.number(therapist.linkHours()) : ""));
        Assignment saved = assignment(area, ref).orElseThrow(() -> new NotFound(setting.name() + " has no link therapist."));
        return new LinkChoice(saved, over ? OverHours.warning(therapist.name(), total, therapist.linkHours()) : null);
    }

    public Optional<Assignment> assignment(Area area, String ref) {
        return assignments(area).stream().filter(a -> a.urn().equals(ref)).findFirst();
    }

    /** Every linked school and setting, by therapist then setting name. */
    public List<Assignment> assignments(Area area) {
        return assignments(area, plans.linked(area));
    }

    private List<Assignment> assignments(Area area, List<LinkNeeds.Need> linked) {
        Map<Long, Therapist> therapists = team.of(area).stream().collect(Collectors.toMap(Therapist::id, Function.identity()));
        Map<String, Setting> settings = plans.settings(area);
        Map<String, String> localities = plans.localityBySmallArea(area);
        Map<String, LinkNeeds.Need> needs = linked.stream().collect(Collectors.toMap(LinkNeeds.Need::ref, Function.identity()));
        List<Assignment> assignments = new ArrayList<>();
        for (LinkPlans.Current c : plans.current(area).values()) {
            Setting s = settings.get(c.settingRef());
            Therapist t = therapists.get(c.therapistId());
            if (s == null || t == null) {
                continue;
            }
            String locality = s.lsoa() == null ? LinkPlans.NO_LOCALITY : localities.getOrDefault(s.lsoa(), LinkPlans.NO_LOCALITY);
            LinkNeeds.Need need = needs.get(s.ref());
            PupilEstimates.Pupils pupils = need == null ? new PupilEstimates.Pupils(s.pupils(), false, null) : need.pupils();
            assignments.add(new Assignment(s.ref(), s.name(), t.id(), t.name(), c.hours(), c.pinned(), locality,
                    Math.round(t.metresTo(s.latitude(), s.longitude()) / 100.0) / 10.0, c.reason(),
                    SettingKind.of(s).map(SettingKind::label).orElse(null), pupils.pupils(), pupils.estimated(), pupils.basis()));
        }
        assignments.sort(Comparator.comparing(Assignment::therapist).thenComparing(Assignment::setting).thenComparing(Assignment::urn));
        return assignments;
    }

    private void save(Area area, LinkSolver.Solved solved, Map<String, LinkPlans.Current> before, String by) {
        Timestamp now = Timestamp.from(clock.instant());
        db.sql("delete from link_assignment where area_id = ?").param(area.id()).update();
        List<Object[]> rows = solved.plan().getLinks().stream().map(l -> new Object[] {area.id(), l.getRef(), l.getTherapist().id(),
                l.getTenths() / 10.0, l.isPinned(), reason(l, solved, before.get(l.getRef())), by, now}).toList();
        jdbc.batchUpdate("""
                insert into link_assignment (area_id, setting_ref, therapist_id, hours, pinned, reason, assigned_by, assigned_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        db.sql("""
                insert into link_solve (area_id, solved_by, solved_at, settings, therapists, score, feasible, millis, feasible_after_millis)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(area.id(), by, now, solved.plan().getLinks().size(), solved.plan().getTherapists().size(),
                        solved.score().toString(), solved.score().isFeasible(), (int) solved.millis(),
                        solved.feasibleAfterMillis() == null ? null : solved.feasibleAfterMillis().intValue()).update();
        audit.recordAs(by, area.id(), "LINK_THERAPISTS_SOLVED", "area", area.slug(), solved.score().toString());
    }

    private static String reason(SettingLink link, LinkSolver.Solved solved, LinkPlans.Current before) {
        if (link.isPinned()) {
            return before == null || before.reason() == null ? "Pinned." : before.reason();
        }
        if (link.getPreviousTherapistId() == null) {
            return before == null ? "New link." : "Its previous link therapist is no longer in the team.";
        }
        return link.moved() ? solved.whyMoved().get(link.getRef()) : "Unchanged.";
    }

    private Outcome outcome(Area area, LinkSolver.Solved solved, List<LinkNeeds.Need> linked) {
        return new Outcome(solved.score().toString(), solved.score().isFeasible(), solved.millis(), solved.feasibleAfterMillis(),
                solved.plan().getLinks().size(), solved.plan().getTherapists().size(), solved.breakdown(), assignments(area, linked));
    }
}
