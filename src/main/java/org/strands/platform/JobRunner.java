package org.strands.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs one job for db-scheduler: marks it running, calls its kind, and stores how it ended. */
@Component
class JobRunner {

    static final String OUR_ERROR = "This did not finish because of an error on our side. Try again; if it happens again, "
            + "tell your administrator.";

    static final int MESSAGES_SHOWN = 20;

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JdbcClient db;
    private final Map<String, JobKind> kinds;
    private final AreaRegistry areas;
    private final Clock clock;
    private final TransactionTemplate transaction;

    JobRunner(JdbcClient db, List<JobKind> kinds, AreaRegistry areas, Clock clock, TransactionTemplate transaction) {
        this.db = db;
        this.transaction = transaction;
        this.kinds = kinds.stream().collect(Collectors.toMap(JobKind::kind, Function.identity()));
        this.areas = areas;
        this.clock = clock;
    }

    void run(UUID id) {
        record Stored(Job job, String input) {
        }
        Optional<Stored> found = db.sql("select " + JobRows.COLUMNS + ", input from job where id = ?").param(id)
                .query((rs, row) -> new Stored(JobRows.map(rs, row), rs.getString("input"))).optional();
        if (found.isEmpty() || found.get().job().status().finished()) {
            return; // gone, or finished just before its node stopped: nothing to run again
        }
        Job job = found.get().job();
        String input = found.get().input();
        db.sql("""
                update job set status = 'RUNNING', attempts = attempts + 1, progress = 0, message = ?,
                  started_at = ?, updated_at = ? where id = ?""")
                .params(job.attempts() > 0 ? "Started again after an interruption." : "Started.", now(), now(), id)
                .update();
        JobKind kind = kinds.get(job.kind());
        if (kind == null) {
            fail(id, "This kind of job (" + job.kind() + ") is not known to this version of Strands.");
            return;
        }
        Area area = job.areaId() == null ? null : areas.byId(job.areaId()).orElse(null);
        Optional<JobKind.File> file = db.sql("select name, content from job_file where job_id = ?").param(id)
                .query((rs, row) -> new JobKind.File(rs.getString("name"), rs.getBytes("content"))).optional();
        db.sql("update job set result_page = ? where id = ?").params(kind.page(area), id).update();
        try {
            JobKind.Outcome outcome = kind.run(new JobKind.Run(job, area, input, job.createdBy(), file), new Progress(id));
            db.sql("update job set status = 'DONE', progress = 100, message = ?, result = ?, result_page = ?, finished_at = ?, "
                    + "updated_at = ? where id = ?")
                    .params(outcome.message(), outcome.result(), outcome.resultPage(), now(), now(), id).update();
        } catch (JobFailed e) {
            fail(id, e.getMessage(), e.errors(), e.total(), job.apiPath(area));
        } catch (InvalidInput e) {
            fail(id, e.errors().stream().map(RowError::message).distinct().limit(MESSAGES_SHOWN)
                    .collect(Collectors.joining(" ")), e.errors(), e.total(), job.apiPath(area));
        } catch (RuntimeException e) {
            log.error("Job {} ({}) failed", id, job.kind(), e);
            fail(id, OUR_ERROR);
        }
        db.sql("delete from job_file where job_id = ?").param(id).update();
    }

    private void fail(UUID id, String message) {
        db.sql("update job set status = 'FAILED', message = ?, finished_at = ?, updated_at = ? where id = ?")
                .params(message, now(), now(), id).update();
    }

    /**
     * Fails the job keeping the reasons its input was refused (the first of {@code total}); the job's result is then the
     * list of them. One
     * transaction, so that nobody sees the job failed before its reasons are there to read.
     */
    private void fail(UUID id, String message, List<RowError> errors, long total, String jobPath) {
        transaction.executeWithoutResult(status -> {
            db.sql("delete from job_error where job_id = ?").param(id).update();
            for (int i = 0; i < errors.size(); i++) {
                RowError e = errors.get(i);
                db.sql("insert into job_error (job_id, position, row_number, field, message) values (?, ?, ?, ?, ?)")
                        .params(id, i, e.row(), e.column(), e.message()).update();
            }
            fail(id, message);
            db.sql("update job set error_total = ? where id = ?").params(total, id).update();
            if (!errors.isEmpty()) {
                db.sql("update job set result = ? where id = ?").params(jobPath + "/errors", id).update();
            }
        });
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /** Writes progress to the job's row, at most a few times a second, so that any node can show it. */
    private final class Progress implements JobProgress {

        private final UUID id;
        private long lastWrite;
        private int lastPercent = -1;
        private String lastMessage = "";

        Progress(UUID id) {
            this.id = id;
        }

        @Override
        public synchronized void report(int percent, String message) {
            int clamped = Math.max(0, Math.min(99, percent));
            long at = clock.millis();
            if (clamped == lastPercent && message.equals(lastMessage) || at - lastWrite < 200 && clamped - lastPercent < 10) {
                return;
            }
            db.sql("update job set progress = ?, message = ?, updated_at = ? where id = ? and status = 'RUNNING'")
                    .params(clamped, message, now(), id).update();
            lastWrite = at;
            lastPercent = clamped;
            lastMessage = message;
        }
    }
}
