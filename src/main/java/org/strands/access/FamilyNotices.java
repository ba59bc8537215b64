package org.strands.access;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.strands.platform.Area;
import org.strands.platform.ContactCipher;
import org.strands.platform.Formats;

/**
 * Tells families about their bookings: the confirmation with its link to cancel, and a session moved or cancelled.
 * This is the log channel: each message is kept (sealed) and written to the application log, without the family's
 * address, instead of being sent, as the demo needs; the follow-up work adds email and text messages. A message holds the family's name at most,
 * never anything about the child.
 */
@Component
class FamilyNotices {

    private static final Logger log = LoggerFactory.getLogger(FamilyNotices.class);

    private final JdbcClient db;
    private final ContactCipher cipher;
    private final Formats formats;
    private final String publicUrl;

    FamilyNotices(JdbcClient db, ContactCipher cipher, Formats formats, @Value("${strands.public-url}") String publicUrl) {
        this.db = db;
        this.cipher = cipher;
        this.formats = formats;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The confirmation of a booking, with the link that opens the page to cancel it. */
    void booked(Area area, DropInSession session, UUID bookingId, String recipient, String cancelToken) {
        String body = "Your place is booked: " + session.title() + " at " + session.placeName() + ", " + when(session) + ".\n"
                + "If you cannot come, cancel here so that another family can have the place: " + cancelLink(area, cancelToken) + "\n"
                + "From " + area.name() + "'s speech, language and communication support.";
        send(area, bookingId, "BOOKED", recipient, body);
    }

    void bookingCancelled(Area area, DropInSession session, UUID bookingId) {
        String recipient = recipients("id = ?", bookingId).getFirst().address();
        send(area, bookingId, "BOOKING_CANCELLED", recipient, "Your booking for " + session.title() + " at " + session.placeName()
                + ", " + when(session) + ", is cancelled. You are welcome to book another session at any time.");
    }

    void sessionMoved(Area area, DropInSession session) {
        for (Recipient r : recipients(STILL_BOOKED, session.id())) {
            send(area, r.bookingId(), "MOVED", r.address(), session.title() + " at " + session.placeName() + " has moved to "
                    + when(session) + ". Your place is kept. If you cannot come then, use the link in your booking message to cancel.");
        }
    }

    void sessionCancelled(Area area, DropInSession session) {
        for (Recipient r : recipients(STILL_BOOKED, session.id())) {
            send(area, r.bookingId(), "CANCELLED", r.address(), "We are sorry: " + session.title() + " at " + session.placeName() + ", "
                    + when(session) + ", is cancelled" + (session.cancelReason() == null ? "." : " (" + session.cancelReason() + ").")
                    + " You can book another session at " + publicUrl + "/public/" + area.slug() + ".");
        }
    }

    String cancelLink(Area area, String token) {
        return publicUrl + "/public/" + area.slug() + "/cancel/" + token;
    }

    /** The families of a session who booked and have not cancelled. */
    private static final String STILL_BOOKED = "session_id = ? and status = 'BOOKED' and kind = 'BOOKED'";

    private record Recipient(UUID bookingId, String address) {
    }

    /** The bookings the condition picks, each with the address to write to: the email address, else the mobile number. */
    private List<Recipient> recipients(String condition, Object value) {
        record Row(UUID id, byte[] email, byte[] phone) {
        }
        return db.sql("select id, email, phone from access_booking where " + condition).param(value).query(Row.class).list().stream()
                .map(r -> new Recipient(r.id(), r.email() != null ? cipher.open(r.email()) : cipher.open(r.phone())))
                .filter(r -> r.address() != null).toList();
    }

    private String when(DropInSession session) {
        return formats.dateTime(session.startsAt());
    }

    private void send(Area area, UUID bookingId, String kind, String recipient, String body) {
        db.sql("insert into access_notice (area_id, booking_id, channel, kind, recipient, body) values (?, ?, 'LOG', ?, ?, ?)")
                .params(area.id(), bookingId, kind, cipher.seal(recipient), cipher.seal(body)).update();
        // the log channel writes the message where the demo's user can read it, without the family's address
        log.info("Message to a family (log channel, not sent), booking {}:\n{}", bookingId, body);
    }
}
