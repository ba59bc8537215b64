package org.strands.platform;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's time: how many whole days the application's clock runs ahead of the system clock, so that a follow-up
 * due in six weeks can be shown in minutes. It runs ahead of the system clock, never behind it: an offset of 0 to
 * {@value #MOST_DAYS} days, and a smaller one moves it back towards real time.
 * The offset is one row of the database, so every node runs on the same time and a restart keeps it; a node reads it
 * at most once a second (the node that moved it knows at once, another within a second). Exists only in the demo:
 * elsewhere the application's clock is the system clock.
 */
@Service
@Conditional(DemoModeOnly.class)
public class DemoTime {

    public static final int MOST_DAYS = 3650;

    private static final Logger log = LoggerFactory.getLogger(DemoTime.class);
    private static final long FRESH_FOR = TimeUnit.SECONDS.toNanos(1);

    /** An offset and when it was read ({@link System#nanoTime()}). */
    private record Reading(int days, long readAt) {
    }

    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final AtomicReference<Reading> current = new AtomicReference<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();

    DemoTime(JdbcClient db, TransactionTemplate transaction, AuditTrail audit) {
        this.db = db;
        this.transaction = transaction;
        this.audit = audit;
    }

    /**
     * How many days ahead the clock is. Called on every reading of the clock, so it costs a field read: one caller a
     * second reads the row again while the others go on with the value they have.
     */
    public int offsetDays() {
        Reading reading = current.get();
        if (reading == null) {
            return refresh(null); // the first reading, at start: everyone waits for the stored value
        }
        if (System.nanoTime() - reading.readAt() > FRESH_FOR && refreshing.compareAndSet(false, true)) {
            try {
                return refresh(reading);
            } finally {
                refreshing.set(false);
            }
        }
        return reading.days();
    }

    /**
     * Moves the clock to {@code days} ahead of the system clock, for every node, and writes it to the audit log. Jobs
     * running now keep their heartbeats as recent on the new time as on the old, so that no node takes them for dead.
     */
    public int moveTo(int days) {
        if (days < 0 || days > MOST_DAYS) {
            throw new IllegalArgumentException("The clock moves from 0 to " + MOST_DAYS + " days ahead, not " + days);
        }
        String by = AuditTrail.currentActor();
        Integer before = transaction.execute(status -> {
            int from = db.sql("select offset_days from platform_clock_offset for update").query(Integer.class).single();
            db.sql("update platform_clock_offset set offset_days = ?, changed_at = now(), changed_by = ?")
                    .params(days, AuditTrail.bounded(by)).update();
            db.sql("update scheduled_tasks set last_heartbeat = last_heartbeat + make_interval(days => ?) "
                    + "where picked and last_heartbeat is not null").param(days - from).update();
            return from;
        });
        current.set(new Reading(days, System.nanoTime()));
        audit.record(null, "CLOCK_MOVED", "clock", null, "From " + before + " to " + days + " days ahead of the system clock");
        return days;
    }

    /** Reads the row; a reading that fails keeps the last value (0 at first) and is tried again a second later. */
    private int refresh(Reading before) {
        long at = System.nanoTime();
        int days;
        try {
            days = db.sql("select offset_days from platform_clock_offset").query(Integer.class).optional().orElse(0);
        } catch (DataAccessException e) {
            days = before == null ? 0 : before.days();
            log.warn("Could not read the demo clock's offset; staying {} days ahead: {}", days, e.getMostSpecificCause().getMessage());
        }
        Reading fresh = new Reading(days, at);
        // a move made on this node while the row was being read wins over what was read
        return current.compareAndSet(before, fresh) ? days : current.get().days();
    }
}
