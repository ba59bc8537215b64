package org.strands.followup;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Notify says became of a message, written to it: delivered, or failed (a permanent failure also pauses the address
 * and fails the follow-up unless the family has already answered or withdrawn). Shared by the receipts and the daily
 * re-check, in one transaction.
 */
@Component
class DeliveryOutcome {

    static final Set<String> FAILURES = Set.of("permanent-failure", "temporary-failure", "technical-failure");
    /** Notify's statuses of an email or a text message. */
    static final Set<String> KNOWN = Set.of("created", "sending", "pending", "sent", "delivered", "permanent-failure",
            "temporary-failure", "technical-failure");
    private static final Set<String> FINAL = Set.of("delivered", "permanent-failure", "temporary-failure", "technical-failure");

    private final JdbcClient db;

    DeliveryOutcome(JdbcClient db) {
        this.db = db;
    }

    /** Applies Notify's status to the area's message with this reference; false when there is no such message. */
    @Transactional
    public boolean apply(long areaId, UUID reference, String status, Instant at) {
        boolean failed = FAILURES.contains(status);
        Optional<Long> followup = db.sql("""
                update followup_message set provider_status = :status,
                    status = case when :status = 'delivered' then 'DELIVERED' when :failed then 'FAILED' else status end,
                    delivered_at = case when :status = 'delivered' then :at else delivered_at end,
                    last_error = case when :failed then :error else last_error end
                where area_id = :area and reference = :reference
                  and (:final or provider_status is null or provider_status not in ('delivered', 'permanent-failure',
                       'temporary-failure', 'technical-failure'))
                returning followup_id""")
                .param("status", status).param("failed", failed).param("final", FINAL.contains(status))
                .param("at", java.sql.Timestamp.from(at)).param("error", failed ? error(status) : null)
                .param("area", areaId).param("reference", reference).query(Long.class).optional();
        if (followup.isEmpty()) {
            return db.sql("select count(*) from followup_message where area_id = :area and reference = :reference")
                    .param("area", areaId).param("reference", reference).query(Long.class).single() > 0;
        }
        if ("permanent-failure".equals(status)) {
            db.sql("""
                    insert into followup_paused_address (area_id, address_hash, reason, paused_at)
                    select area_id, address_hash, :reason, :at from followup where id = :followup
                    on conflict do nothing""")
                    .param("reason", "GOV.UK Notify could not deliver to this address (permanent failure)")
                    .param("at", java.sql.Timestamp.from(at)).param("followup", followup.get()).update();
            // as the outbox does when a provider refuses at once: the follow-up ends and its reminder is not sent
            db.sql("""
                    update followup set status = 'FAILED', closed_at = coalesce(closed_at, :at)
                    where id = :followup and status not in ('ANSWERED', 'WITHDRAWN')""")
                    .param("at", java.sql.Timestamp.from(at)).param("followup", followup.get()).update();
            db.sql("update followup_message set status = 'CANCELLED' where followup_id = :followup and status = 'QUEUED'")
                    .param("followup", followup.get()).update();
        }
        return true;
    }

    private static String error(String status) {
        return switch (status) {
            case "permanent-failure" -> "GOV.UK Notify could not deliver the message: the address does not exist or refuses it";
            case "temporary-failure" -> "GOV.UK Notify could not deliver the message: the inbox was full or the phone was off";
            default -> "GOV.UK Notify could not deliver the message because of a problem at its end";
        };
    }
}
