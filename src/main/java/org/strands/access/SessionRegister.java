package org.strands.access;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.ContactCipher;
import org.strands.platform.InvalidInput;
import org.strands.platform.NotFound;
import org.strands.platform.RowErrors;
import org.strands.platform.TextLimits;

/**
 * A session's register on the day: families who booked, checked in as they arrive or marked as not come, and families
 * who walk in. Opening the register reads families' details, so each opening is in the audit log.
 */
@Service
public class SessionRegister {

    private final JdbcClient db;
    private final DropIns dropIns;
    private final ContactCipher cipher;
    private final AuditTrail audit;

    SessionRegister(JdbcClient db, DropIns dropIns, ContactCipher cipher, AuditTrail audit) {
        this.db = db;
        this.dropIns = dropIns;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** The families on registers, each with the contact recorded for them, if any. */
    private static final String ENTRIES = """
            select b.id, b.kind, b.status, b.family_name, b.email, b.phone, b.child_age_years, b.concern, b.follow_up_opt_in,
                   c.id as contact_id
            from access_booking b left join access_contact c on c.booking_id = b.id""";

    private record Row(UUID id, String kind, String status, byte[] familyName, byte[] email, byte[] phone, Integer childAgeYears,
            byte[] concern, boolean followUpOptIn, Long contactId) {
    }

    public List<RegisterEntry> of(Area area, long sessionId) {
        dropIns.session(area, sessionId);
        List<RegisterEntry> entries = db.sql(ENTRIES + " where b.session_id = ? and b.area_id = ? order by b.status = 'CANCELLED', b.created_at")
                .params(sessionId, area.id()).query(Row.class).list().stream().map(this::entry).toList();
        audit.recordRead(area.id(), "session register", String.valueOf(sessionId));
        return entries;
    }

    public RegisterEntry entry(Area area, UUID bookingId) {
        RegisterEntry entry = db.sql(ENTRIES + " where b.id = ? and b.area_id = ?")
                .params(bookingId, area.id()).query(Row.class).optional().map(this::entry)
                .orElseThrow(() -> new NotFound("There is no such family on a register of " + area.name() + "."));
        audit.recordRead(area.id(), "booking", bookingId.toString());
        return entry;
    }

    /** Marks a family who booked as come, or as not come; a cancelled booking stays cancelled. */
    @Transactional
    public void mark(Area area, long sessionId, UUID bookingId, RegisterEntry.Attendance attendance, String by) {
        if (attendance != RegisterEntry.Attendance.ATTENDED && attendance != RegisterEntry.Attendance.DID_NOT_ATTEND) {
            throw InvalidInput.of("attendance", "Mark the family as come or as not come.");
        }
        int changed = db.sql("""
                update access_booking set status = ?, checked_in_by = ? where id = ? and session_id = ? and area_id = ?
                  and status <> 'CANCELLED'""").params(attendance.name(), by, bookingId, sessionId, area.id()).update();
        if (changed == 0) {
            throw new NotFound("There is no such family on this register, or their booking was cancelled.");
        }
        audit.record(area.id(), attendance.name(), "booking", bookingId.toString(), null);
    }

    /** Adds a family who walked in, already come; only a first name or initials are needed. */
    @Transactional
    public UUID walkIn(Area area, long sessionId, String name, Integer childAgeYears, String concern, String by) {
        DropInSession session = dropIns.session(area, sessionId);
        RowErrors errors = new RowErrors();
        if (session.cancelled()) {
            errors.add(0, "name", "This session was cancelled.");
        }
        if (name == null || name.isBlank()) {
            errors.add(0, "name", "Enter the family's name, or a first name or initials.");
        } else if (name.strip().length() > TextLimits.NAME) {
            errors.add(0, "name", "Enter a name of at most 200 characters.");
        }
        if (childAgeYears != null && (childAgeYears < 0 || childAgeYears > FamilyDetails.OLDEST)) {
            errors.add(0, "childAgeYears", "Enter the child's age in years, from 0 to " + FamilyDetails.OLDEST + ".");
        }
        if (concern != null && concern.length() > FamilyDetails.LONGEST_CONCERN) {
            errors.add(0, "concern", "Keep it to 2,000 characters.");
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The walk-in was not added.");
        }
        UUID id = UUID.randomUUID();
        db.sql("""
                insert into access_booking (id, area_id, session_id, kind, status, family_name, child_age_years, concern, checked_in_by)
                values (?, ?, ?, 'WALK_IN', 'ATTENDED', ?, ?, ?, ?)""")
                .params(id, area.id(), sessionId, cipher.seal(name.strip()), childAgeYears,
                        cipher.seal(concern == null || concern.isBlank() ? null : concern.strip()), by).update();
        audit.record(area.id(), "WALK_IN", "booking", id.toString(), null);
        return id;
    }

    private RegisterEntry entry(Row r) {
        return new RegisterEntry(r.id(), "WALK_IN".equals(r.kind()), RegisterEntry.Attendance.valueOf(r.status()),
                cipher.open(r.familyName()), cipher.open(r.email()), cipher.open(r.phone()), r.childAgeYears(), cipher.open(r.concern()),
                r.followUpOptIn(), r.contactId());
    }
}
