package org.strands.linking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AreaMembers;
import org.strands.platform.AuditTrail;
import org.strands.platform.InvalidInput;
import org.strands.platform.Role;

/**
 * Which practitioner's account is which link therapist, so that a practitioner who signs in finds their own settings.
 * One account per therapist and one therapist per account within an area.
 */
@Service
public class LinkAccounts {

    private final JdbcClient db;
    private final LinkTeam team;
    private final LinkTherapists links;
    private final AreaMembers members;
    private final AuditTrail audit;

    LinkAccounts(JdbcClient db, LinkTeam team, LinkTherapists links, AreaMembers members, AuditTrail audit) {
        this.db = db;
        this.team = team;
        this.links = links;
        this.members = members;
        this.audit = audit;
    }

    /** Links the account to the therapist (moving it from another therapist); a blank username unlinks the therapist. */
    @Transactional
    public void link(Area area, long therapistId, String username, String by) {
        Therapist therapist = team.one(area, therapistId);
        if (username == null || username.isBlank()) {
            db.sql("delete from link_therapist_account where therapist_id = ?").param(therapistId).update();
            audit.record(area.id(), "LINK_ACCOUNT_REMOVED", "link-therapist", String.valueOf(therapistId), therapist.name());
            return;
        }
        String account = username.strip();
        if (!practitioners(area).containsKey(account)) {
            throw InvalidInput.of("username", "Choose a practitioner of " + area.name() + ".");
        }
        db.sql("delete from link_therapist_account where area_id = ? and (username = ? or therapist_id = ?)")
                .params(area.id(), account, therapistId).update();
        db.sql("insert into link_therapist_account (therapist_id, area_id, username, linked_by) values (?, ?, ?, ?)")
                .params(therapistId, area.id(), account, by).update();
        audit.record(area.id(), "LINK_ACCOUNT", "link-therapist", String.valueOf(therapistId), account);
    }

    /** The accounts linked to therapists of the area, by therapist id. */
    public Map<Long, String> accounts(Area area) {
        record Row(long therapistId, String username) {
        }
        return db.sql("select therapist_id, username from link_therapist_account where area_id = ?").param(area.id())
                .query(Row.class).list().stream().collect(Collectors.toMap(Row::therapistId, Row::username));
    }

    /** The therapist the account is, if any. */
    public Optional<Therapist> therapistOf(Area area, String username) {
        return db.sql("select therapist_id from link_therapist_account where area_id = ? and username = ?")
                .params(area.id(), username).query(Long.class).optional().map(id -> team.one(area, id));
    }

    /** The schools and settings the therapist is linked to. */
    public List<Assignment> settingsOf(Area area, long therapistId) {
        return links.assignments(area).stream().filter(a -> a.therapistId() == therapistId).toList();
    }

    /** The practitioners of the area an account may be chosen from, by username, with their names. */
    public Map<String, String> practitioners(Area area) {
        return members.of(area.id()).stream().filter(m -> m.roles().contains(Role.PRACTITIONER))
                .collect(Collectors.toMap(AreaMembers.Member::username, AreaMembers.Member::displayName, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
