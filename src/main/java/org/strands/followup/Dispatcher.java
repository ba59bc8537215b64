package org.strands.followup;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.strands.journey.FamilyAnswerLinks;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import org.strands.platform.ContactCipher;
import org.strands.platform.LinkTokens;

/**
 * Sends the messages that are due: claims a batch, and for each keeps its words, sends it by the area's provider and
 * records the answer, each message in its own transaction. A message cut off by a stopped sender is looked up at a
 * provider that keeps our reference (Notify) and sent again, with the same reference and words, only when it does not
 * have it; for a mail server, which cannot be asked, it is sent again only when it was not yet handed over (ADR 9).
 */
@Service
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Outbox outbox;
    private final SettingsStore settings;
    private final Map<Provider, Sender> senders = new EnumMap<>(Provider.class);
    private final FamilyAnswerLinks answerLinks;
    private final AreaRegistry areas;
    private final ContactCipher cipher;
    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String publicUrl;
    private final String node = UUID.randomUUID().toString();

    Dispatcher(Outbox outbox, SettingsStore settings, List<Sender> senders, FamilyAnswerLinks answerLinks, AreaRegistry areas,
            ContactCipher cipher, JdbcClient db, TransactionTemplate transaction, Clock clock, @Value("${strands.public-url}") String publicUrl) {
        this.outbox = outbox;
        this.settings = settings;
        senders.forEach(s -> this.senders.put(s.provider(), s));
        this.answerLinks = answerLinks;
        this.areas = areas;
        this.cipher = cipher;
        this.db = db;
        this.transaction = transaction;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Sends everything due now, batch by batch, for at most the time given; the number of messages handled. */
    int dispatch(int batch, Duration atMost) {
        // a budget of real time, whatever the demo's clock says
        long stop = System.nanoTime() + atMost.toNanos();
        int handled = 0;
        transaction.executeWithoutResult(t -> outbox.expire(clock.instant()));
        // each area's settings read once a run, not for every message
        Map<Long, AreaSending> sending = new HashMap<>();
        try {
            while (System.nanoTime() - stop < 0) {
                List<Outbox.Claimed> claimed = transaction.execute(t -> outbox.claim(clock.instant(), node, batch));
                if (claimed == null || claimed.isEmpty()) {
                    break;
                }
                for (Outbox.Claimed m : claimed) {
                    handle(m, sending.computeIfAbsent(m.areaId(), id -> new AreaSending(areas.byId(id).orElseThrow(), settings.of(id),
                            settings.provider(id))));
                    handled++;
                }
            }
        } finally {
            senders.values().forEach(Sender::runEnded);
        }
        return handled;
    }

    /** What sending an area's messages needs. */
    private record AreaSending(Area area, FollowUpSettings settings, ProviderSettings provider) {
    }

    private void handle(Outbox.Claimed m, AreaSending sending) {
        if (!outbox.retake(m, node)) {
            return;
        }
        Area area = sending.area();
        FollowUpSettings s = sending.settings();
        ProviderSettings provider = sending.provider();
        Sender sender = senders.get(provider.provider());
        if (sender == null) {
            transaction.executeWithoutResult(t -> outbox.tryAgain(m, "No sender for " + provider.provider() + " on this node", clock.instant()));
            return;
        }
        Outbound message;
        try {
            message = m.body() != null ? Outbound.read(cipher.open(m.body()))
                    : transaction.execute(t -> compose(area, m, s));
        } catch (RuntimeException e) {
            log.warn("Follow-up message {} could not be made ready", m.id(), e);
            transaction.executeWithoutResult(t -> outbox.tryAgain(m, "Could not be made ready: " + e.getMessage(), clock.instant()));
            return;
        }
        if (m.cutOff() && !sender.keepsReferences()) {
            if (m.handedOver()) {
                // the provider took it before its sender stopped: sending it again would send it twice
                transaction.executeWithoutResult(t -> outbox.sent(m, sender.lookUp(m.reference(), provider).map(Sent.Accepted::providerId)
                        .orElse(null), clock.instant(), s));
                return;
            }
        } else if (sender.keepsReferences() && (m.cutOff() || m.handedOver())) {
            // cut off, or an earlier try was handed over and came back without an answer (a timeout): ask before sending again
            Optional<Sent.Accepted> already;
            try {
                already = sender.lookUp(m.reference(), provider);
            } catch (RuntimeException e) {
                // not known whether the provider has it: ask again later rather than risk sending it twice
                transaction.executeWithoutResult(t -> outbox.tryAgain(m, "Could not ask " + provider.provider() + " whether it was sent: "
                        + e.getMessage(), clock.instant()));
                return;
            }
            if (already.isPresent()) {
                transaction.executeWithoutResult(t -> outbox.sent(m, already.get().providerId(), clock.instant(), s));
                return;
            }
        }
        Sent sent = sender.send(message, provider, () -> outbox.handedOver(m.id()));
        transaction.executeWithoutResult(t -> {
            switch (sent) {
                case Sent.Accepted a -> outbox.sent(m, a.providerId(), clock.instant(), s);
                case Sent.TryAgain again -> outbox.tryAgain(m, again.reason(), clock.instant());
                case Sent.Refused refused -> outbox.failed(m, refused.reason(), refused.addressAtFault());
            }
        });
    }

    /** The message's words, from the follow-up's links (made with its first message), kept sealed before sending. */
    private Outbound compose(Area area, Outbox.Claimed m, FollowUpSettings s) {
        record Row(String channel, byte[] address, byte[] answerLink, byte[] withdrawLink, Long contactId, Long journeyId) {
        }
        Row f = db.sql("select channel, address, answer_link, withdraw_link, contact_id, journey_id from followup where id = ? for update")
                .param(m.followUpId()).query(Row.class).single();
        String answer = cipher.open(f.answerLink());
        String withdraw = cipher.open(f.withdrawLink());
        if (answer == null || "FRESH_LINK".equals(m.kind())) {
            // made with the first message; made again for a family whose link ran out or was used without answering
            answer = answerLinks.make(area, 2, f.journeyId(), f.contactId(), "follow-up", Duration.ofDays(s.expiresAfterDays())).url();
            db.sql("update followup set answer_link = ? where id = ?").params(cipher.seal(answer), m.followUpId()).update();
        }
        if (withdraw == null) {
            String token = LinkTokens.make();
            withdraw = publicUrl + "/public/" + area.slug() + "/follow-up/stop/" + token;
            db.sql("update followup set withdraw_link = ?, withdraw_hash = ? where id = ?")
                    .params(cipher.seal(withdraw), Addresses.sha256(token), m.followUpId()).update();
        }
        Outbound message = new Outbound(m.reference(), Channel.valueOf(f.channel()), cipher.open(f.address()), "Hello,", area.name(), answer,
                withdraw, !"FIRST".equals(m.kind()));
        outbox.keepBody(m.id(), cipher.seal(message.write()));
        return message;
    }

}
