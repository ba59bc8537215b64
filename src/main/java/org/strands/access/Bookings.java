package org.strands.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.Conflict;
import org.strands.platform.ContactCipher;
import org.strands.platform.LinkTokens;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;

/**
 * Families' bookings of drop-in places, made without an account. The database keeps the places taken within the
 * capacity (a booking takes one by a conditional update of the session, which a CHECK also bounds), so that any number
 * of families booking at once never overbook. A repeated request with the same Idempotency-Key returns the first
 * booking. The confirmation carries a link to cancel, whose token is stored only as a hash.
 */
@Service
public class Bookings {

    /** The longest Idempotency-Key accepted. */
    public static final int LONGEST_KEY = 200;

    private final JdbcClient db;
    private final DropIns dropIns;
    private final ContactCipher cipher;
    private final FamilyNotices notices;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    Bookings(JdbcClient db, DropIns dropIns, ContactCipher cipher, FamilyNotices notices, AuditTrail audit,
            TransactionTemplate transactions) {
        this.db = db;
        this.dropIns = dropIns;
        this.cipher = cipher;
        this.notices = notices;
        this.audit = audit;
        this.transactions = transactions;
    }

    /**
     * Books a place for a family: 422 for details that cannot be used or a session that has passed or was cancelled,
     * 409 when no place is left, 404 for a session the area does not have.
     */
    public Booked book(Area area, long sessionId, BookingRequest typed, String idempotencyKey) {
        BookingRequest request = check(typed);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > LONGEST_KEY) {
            throw InvalidInput.of("Idempotency-Key", "Send an Idempotency-Key of at most 200 characters.");
        }
        byte[] fingerprint = fingerprint(sessionId, request);
        if (key != null) {
            Optional<Booked> earlier = replay(area, key, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        String token = token();
        UUID id = UUID.randomUUID();
        DropInSession booked = transactions.execute(status -> {
            if (!takePlace(area, sessionId)) {
                throw unavailable(area, sessionId);
            }
            int inserted = db.sql("""
                    insert into access_booking (id, area_id, session_id, kind, family_name, email, phone, child_age_years, concern,
                        follow_up_opt_in, cancel_token_hash, idempotency_key, request_hash)
                    values (?, ?, ?, 'BOOKED', ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (area_id, idempotency_key) do nothing""")
                    .params(id, area.id(), sessionId, cipher.seal(request.name()), cipher.seal(request.email()),
                            cipher.seal(request.phone()), request.childAgeYears(), cipher.seal(request.concern()),
                            request.followUpOptIn(), hash(token), key, fingerprint)
                    .update();
            if (inserted == 0) { // the same key, sent again while the first was being stored: give the place back
                status.setRollbackOnly();
                return null;
            }
            DropInSession session = dropIns.session(area, sessionId); // read once, with the place just taken
            notices.booked(area, session, id, request.email() != null ? request.email() : request.phone(), token);
            return session;
        });
        if (booked == null) {
            return replay(area, key, fingerprint).orElseThrow();
        }
        return new Booked(id, booked, false);
    }

    /** The request as it would be stored; every problem with it refused at once, each naming its field. */
    public BookingRequest check(BookingRequest typed) {
        return FamilyDetails.read(typed);
    }

    /** The booking a cancel link names, if it is still there to cancel; nothing about the family is revealed. */
    public Optional<DropInSession> toCancel(Area area, String token) {
        return bookingByToken(area, token).filter(b -> b.status().equals("BOOKED")).map(b -> dropIns.session(area, b.sessionId()));
    }

    /** Cancels the booking the link names and frees its place; false when there was nothing to cancel. */
    public boolean cancel(Area area, String token) {
        Optional<TokenBooking> booking = bookingByToken(area, token);
        if (booking.isEmpty()) {
            return false;
        }
        Boolean done = transactions.execute(status -> {
            int changed = db.sql("update access_booking set status = 'CANCELLED', cancelled_at = now(), cancelled_by = 'family' "
                    + "where id = ? and status = 'BOOKED'").param(booking.get().id()).update();
            if (changed == 0) {
                return false;
            }
            db.sql("update access_session set booked = booked - 1 where id = ?").param(booking.get().sessionId()).update();
            DropInSession session = dropIns.session(area, booking.get().sessionId());
            notices.bookingCancelled(area, session, booking.get().id());
            return true;
        });
        if (Boolean.TRUE.equals(done)) {
            audit.recordAs("family", area.id(), "CANCEL", "booking", booking.get().id().toString(), null);
        }
        return Boolean.TRUE.equals(done);
    }

    private boolean takePlace(Area area, long sessionId) {
        return db.sql("""
                update access_session set booked = booked + 1
                where id = ? and area_id = ? and status = 'SCHEDULED' and starts_at > now() and booked < capacity""")
                .params(sessionId, area.id()).update() == 1;
    }

    private RuntimeException unavailable(Area area, long sessionId) {
        DropInSession session = dropIns.session(area, sessionId); // 404 when there is no such session
        if (session.cancelled()) {
            return InvalidInput.of("session", "This session was cancelled. Choose another session.");
        }
        if (!session.startsAt().isAfter(dropIns.now())) {
            return InvalidInput.of("session", "This session has already started or finished. Choose another session.");
        }
        return new Conflict("session", session.capacity() == 0
                ? "This session has no places to book. You are welcome to walk in."
                : "This session is full. Choose another session" + (session.walkIns() ? ", or walk in on the day." : "."));
    }

    private Optional<Booked> replay(Area area, String key, byte[] fingerprint) {
        record Row(UUID id, long sessionId, byte[] requestHash) {
        }
        return db.sql("select id, session_id, request_hash from access_booking where area_id = ? and idempotency_key = ?")
                .params(area.id(), key).query(Row.class).optional().map(row -> {
                    if (!java.security.MessageDigest.isEqual(row.requestHash(), fingerprint)) {
                        throw InvalidInput.of("Idempotency-Key", "This Idempotency-Key was used for a different booking. "
                                + "Use a new key for each new booking.");
                    }
                    return new Booked(row.id(), dropIns.session(area, row.sessionId()), true);
                });
    }

    private record TokenBooking(UUID id, long sessionId, String status) {
    }

    private Optional<TokenBooking> bookingByToken(Area area, String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return db.sql("select id, session_id, status from access_booking where area_id = ? and cancel_token_hash = ?")
                .params(area.id(), hash(token)).query(TokenBooking.class).optional();
    }

    private static String token() {
        return LinkTokens.make();
    }

    static byte[] hash(String text) {
        return LinkTokens.hash(text);
    }

    private static byte[] fingerprint(long sessionId, BookingRequest r) {
        return hash(String.join("\u0000", String.valueOf(sessionId), r.name(), String.valueOf(r.email()), String.valueOf(r.phone()),
                String.valueOf(r.childAgeYears()), r.concern(), String.valueOf(r.followUpOptIn())));
    }

}
