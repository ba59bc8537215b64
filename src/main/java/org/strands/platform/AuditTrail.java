package org.strands.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log: sign-ins, changes and every read of a protected record. The table refuses
 * updates and deletes in the database itself, and the application's database role may only read and add to
 * it. Who acted and what they acted on are kept to {@value #LONGEST} characters: a longer value (a username
 * typed at a failed sign-in, say) is cut and says so.
 */
@Service
public class AuditTrail {

    static final int LONGEST = 200;

    private final JdbcClient db;

    AuditTrail(JdbcClient db) {
        this.db = db;
    }

    /** Records that the current person read a protected record. */
    public void recordRead(long areaId, String subjectType, String subjectId) {
        record(areaId, "READ", subjectType, subjectId, null);
    }

    public void record(Long areaId, String action, String subjectType, String subjectId, String detail) {
        recordAs(currentActor(), areaId, action, subjectType, subjectId, detail);
    }

    /** Written in its own transaction, so that a failed sign-in or a rolled-back change is still recorded. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, Long areaId, String action, String subjectType, String subjectId, String detail) {
        db.sql("""
                insert into audit_event (actor, area_id, action, subject_type, subject_id, detail, remote_address)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(bounded(actor), areaId, action, bounded(subjectType), bounded(subjectId), detail, remoteAddress())
                .update();
    }

    /** Who is acting now: the signed-in person, or "system" for work nobody started from a request. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    /** The first {@value #LONGEST} characters of a longer value, marked as cut; a NUL (which PostgreSQL refuses) as U+FFFD. */
    static String bounded(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replace('\0', '\uFFFD');
        int length = text.codePointCount(0, text.length());
        if (length <= LONGEST) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, LONGEST)) + "… (cut from " + length + " characters)";
    }

    private static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest().getRemoteAddr() : null;
    }
}
