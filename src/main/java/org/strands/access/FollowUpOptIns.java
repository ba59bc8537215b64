package org.strands.access;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strands.platform.ContactCipher;

/** The families who agreed, when they booked, to be asked later how things went: for the follow-up module. */
@Service
public class FollowUpOptIns {

    private final JdbcClient db;
    private final ContactCipher cipher;

    FollowUpOptIns(JdbcClient db, ContactCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    /** The opt-in behind a contact, with the family's address opened; empty when the family did not agree or left none. */
    public Optional<FollowUpOptIn> ofContact(long areaId, long contactId) {
        record Row(UUID bookingId, byte[] email, byte[] phone, OffsetDateTime createdAt) {
        }
        return db.sql("""
                select b.id as booking_id, b.email, b.phone, b.created_at from access_contact c
                join access_booking b on b.id = c.booking_id
                where c.id = ? and c.area_id = ? and b.follow_up_opt_in and (b.email is not null or b.phone is not null)""")
                .params(contactId, areaId).query(Row.class).optional()
                .map(r -> new FollowUpOptIn(contactId, r.bookingId(), blankToNull(cipher.open(r.email())), blankToNull(cipher.open(r.phone())),
                        FollowUpOptIn.WORDS, r.createdAt().toInstant()))
                .filter(o -> o.email() != null || o.phone() != null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
