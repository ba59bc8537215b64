package org.strands.platform;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts long work in the background and answers how far it has got. A job is a row of ours (status, progress,
 * message, outcome) and an execution in db-scheduler's table, which runs it once across all nodes and runs it
 * again when a restart cut it off. Modules offer their work as {@link JobKind} beans. Starting commits the job at
 * once (no surrounding transaction), so that the node's scheduler, woken straight away, finds it.
 */
@Service
public class Jobs {

    private final JdbcClient db;
    // looked up when a job starts: the scheduler needs the task, the task the kinds, and a kind may start jobs
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<Void>> task;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Jobs(JdbcClient db, ObjectProvider<SchedulerClient> scheduler, @Qualifier("strandsJob") ObjectProvider<OneTimeTask<Void>> task,
            Clock clock, TransactionTemplate transaction) {
        this.db = db;
        this.transaction = transaction;
        this.scheduler = scheduler;
        this.task = task;
        this.clock = clock;
    }

    /** Queues a job of the kind for the area (null for a national job) and returns it at once. */
    public Job start(Area area, String kind, String input, String by) {
        return schedule(insert(area, kind, input, by));
    }

    /**
     * As {@link #start(Area, String, String, String)}, unless the area already has a job of the kind that has not
     * finished: then nothing is started. Checked under a database lock, so that two requests at once, on one node or
     * two, never both start one.
     */
    public Optional<Job> startAlone(Area area, String kind, String input, String by) {
        UUID id = transaction.execute(status -> {
            db.sql("select pg_advisory_xact_lock(?, ?)").params(kind.hashCode(), Long.hashCode(area.id())).query().listOfRows();
            return unfinished(area, kind).isPresent() ? null : insert(area, kind, input, by);
        });
        return Optional.ofNullable(id).map(this::schedule);
    }

    /** As {@link #start(Area, String, String, String)}, keeping a file (an upload) with the job until it has finished. */
    public Job start(Area area, String kind, String input, String by, JobKind.File file) {
        UUID id = insert(area, kind, input, by);
        db.sql("insert into job_file (job_id, name, content) values (?, ?, ?)").params(id, file.name(), file.content()).update();
        return schedule(id);
    }

    /** The area's job; another area's job, or none, is {@link NotFound}. */
    public Job of(Area area, UUID id) {
        return find(id).filter(j -> j.areaId() != null && j.areaId() == area.id())
                .orElseThrow(() -> new NotFound("There is no such job in " + area.name() + "."));
    }

    /** A national job (one with no area), for the system administrator. */
    public Job national(UUID id) {
        return find(id).filter(j -> j.areaId() == null).orElseThrow(() -> new NotFound("There is no such job."));
    }

    /** Every reason the job's input was refused, row by row, in the order found (none unless it failed so). */
    public java.util.List<RowError> errors(Job job) {
        return db.sql("select row_number, field, message from job_error where job_id = ? order by position").param(job.id())
                .query((rs, row) -> new RowError(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** How many reasons the job's input was refused for in all: more than {@link #errors(Job)} lists when it was cut short. */
    public long errorTotal(Job job) {
        return db.sql("select error_total from job where id = ?").param(job.id()).query(Long.class).optional().orElse(0L);
    }

    /** The area's newest job of the kind that has not finished yet, if any. */
    public Optional<Job> unfinished(Area area, String kind) {
        return db.sql(JobRows.SELECT + " where area_id = ? and kind = ? and status in ('QUEUED', 'RUNNING') order by created_at desc limit 1")
                .params(area.id(), kind).query(JobRows::map).optional();
    }

    private UUID insert(Area area, String kind, String input, String by) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        db.sql("""
                insert into job (id, area_id, kind, input, status, progress, message, created_by, created_at, updated_at)
                values (?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?, ?)""")
                .params(id, area == null ? null : area.id(), kind, input == null ? "" : input, "Waiting to start.", by, now, now)
                .update();
        return id;
    }

    private Job schedule(UUID id) {
        scheduler.getObject().scheduleIfNotExists(task.getObject().instance(id.toString()), clock.instant());
        return find(id).orElseThrow();
    }

    Optional<Job> find(UUID id) {
        return db.sql(JobRows.SELECT + " where id = ?").param(id).query(JobRows::map).optional();
    }
}
