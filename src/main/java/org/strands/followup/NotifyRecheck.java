package org.strands.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.platform.ContactCipher;

/**
 * Messages Notify took more than a day ago and has still not said it delivered or failed (its receipt lost, or never
 * sent): asked again, and what Notify says now applied as a receipt would be. Run every hour by db-scheduler.
 */
@Component
class NotifyRecheck {

    static final Duration AFTER = Duration.ofDays(1);
    static final int AT_MOST = 1_000;

    private record Waiting(long areaId, UUID reference, String providerId, byte[] apiKey, String emailTemplate, String smsTemplate) {
    }

    private final JdbcClient db;
    private final NotifySender notify;
    private final DeliveryOutcome outcome;
    private final ContactCipher cipher;
    private final Clock clock;

    NotifyRecheck(JdbcClient db, NotifySender notify, DeliveryOutcome outcome, ContactCipher cipher, Clock clock) {
        this.db = db;
        this.notify = notify;
        this.outcome = outcome;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Run by the hourly task, at the application's time. */
    int recheck() {
        return recheck(clock.instant());
    }

    /** Asks Notify about each message still waiting a day after it was sent; the number whose status Notify gave. */
    int recheck(Instant now) {
        List<Waiting> waiting = db.sql("""
                select m.area_id, m.reference, m.provider_id, s.notify_api_key, s.notify_email_template, s.notify_sms_template
                from followup_message m join followup_settings s on s.area_id = m.area_id
                where m.status = 'SENT' and (m.provider_status is null or m.provider_status in ('created', 'sending'))
                  and m.sent_at < :before and s.provider = 'NOTIFY' and m.provider_id is not null
                order by m.sent_at limit :most""")
                .param("before", java.sql.Timestamp.from(now.minus(AFTER))).param("most", AT_MOST)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getBytes(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        int answered = 0;
        for (Waiting w : waiting) {
            ProviderSettings settings = new ProviderSettings(Provider.NOTIFY, null, cipher.open(w.apiKey()), w.emailTemplate(), w.smsTemplate());
            var status = notify.status(w.providerId(), settings).filter(DeliveryOutcome.KNOWN::contains);
            if (status.isPresent()) {
                outcome.apply(w.areaId(), w.reference(), status.get(), now);
                answered++;
            }
        }
        return answered;
    }
}
