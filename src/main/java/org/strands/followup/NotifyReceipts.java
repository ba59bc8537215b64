package org.strands.followup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.platform.Area;
import org.strands.platform.AreaRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notify's delivery receipts for an area's messages, sent to its callback with the bearer token the area gave Notify.
 * The token is compared, in constant time, with the hash the area keeps; a receipt for a reference we do not know is
 * accepted and dropped, so that Notify does not send it again and again.
 */
@Service
public class NotifyReceipts {

    /** The largest receipt read: Notify's are well under 1 KB. */
    public static final int LARGEST = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(NotifyReceipts.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String SCHEME = "Bearer ";

    /** A receipt that is not Notify's: the reason names the field. */
    public static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private final AreaRegistry areas;
    private final JdbcClient db;
    private final DeliveryOutcome outcome;
    private final Clock clock;

    NotifyReceipts(AreaRegistry areas, JdbcClient db, DeliveryOutcome outcome, Clock clock) {
        this.areas = areas;
        this.db = db;
        this.outcome = outcome;
        this.clock = clock;
    }

    /** Whether the header carries the area's callback token; false for an unknown area or one with no token set. */
    public boolean trusts(String area, String authorization) {
        byte[] given = Addresses.sha256(authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                ? authorization.substring(SCHEME.length()).strip() : "");
        Optional<byte[]> kept = areas.find(area).flatMap(a -> db.sql("select notify_callback_hash from followup_settings where area_id = :area")
                .param("area", a.id()).query(byte[].class).optional());
        return MessageDigest.isEqual(given, kept.orElse(new byte[32])) && kept.isPresent() && authorization != null;
    }

    /** Reads one receipt and applies it to the message it is about. */
    public void receive(String area, byte[] body) throws Unreadable {
        Area found = areas.find(area).orElseThrow(() -> new Unreadable("area"));
        JsonNode receipt;
        try {
            receipt = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new Unreadable("The receipt is not JSON");
        }
        if (receipt == null || !receipt.isObject()) {
            throw new Unreadable("The receipt is not a JSON object");
        }
        String status = text(receipt, "status");
        if (status == null || !DeliveryOutcome.KNOWN.contains(status)) {
            throw new Unreadable("status is not one of Notify's statuses");
        }
        String reference = text(receipt, "reference");
        UUID ours;
        try {
            ours = reference == null ? null : UUID.fromString(reference);
        } catch (IllegalArgumentException e) {
            ours = null;
        }
        Instant at = time(receipt, "completed_at");
        if (ours == null || !outcome.apply(found.id(), ours, status, at == null ? clock.instant() : at)) {
            // never the address: only what identifies the receipt
            LOG.warn("A Notify receipt for area {} names no message of ours (notification {}, status {})", found.slug(),
                    safe(text(receipt, "id")), status);
        }
    }

    private static String text(JsonNode receipt, String field) {
        JsonNode value = receipt.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }

    private static Instant time(JsonNode receipt, String field) throws Unreadable {
        String value = text(receipt, field);
        try {
            return value == null ? null : Instant.parse(value.endsWith("Z") || value.contains("+") ? value : value + "Z");
        } catch (DateTimeParseException e) {
            throw new Unreadable(field + " is not a time");
        }
    }

    private static String safe(String id) {
        String kept = id == null ? "none" : id.replaceAll("[^0-9a-zA-Z-]", "");
        return kept.length() > 36 ? kept.substring(0, 36) : kept;
    }

}
