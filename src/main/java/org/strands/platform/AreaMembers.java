package org.strands.platform;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people of an area and their roles, managed by the area's administrators. */
@Service
public class AreaMembers {

    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,39}$");

    /** A member as shown to the area's administrators; the email address (or null) is how they sign in with OpenID Connect. */
    public record Member(String username, String displayName, Set<Role> roles, String email) {
    }

    /** A new member: the password is needed only when the username does not exist yet; the email address is optional. */
    public record NewMember(String username, String displayName, String password, Set<Role> roles, String email) {
    }

    private final JdbcClient db;
    private final People people;
    private final AuditTrail audit;

    AreaMembers(JdbcClient db, People people, AuditTrail audit) {
        this.db = db;
        this.people = people;
        this.audit = audit;
    }

    public List<Member> of(long areaId) {
        record Row(String username, String displayName, String role, String email) {
        }
        Map<String, Member> members = new LinkedHashMap<>();
        db.sql("""
                select p.username, p.display_name, m.role, p.email from membership m join person p on p.id = m.person_id
                where m.area_id = ? order by p.display_name, p.username, m.role""").param(areaId).query(Row.class).list()
                .forEach(r -> members.computeIfAbsent(r.username(), u -> new Member(u, r.displayName(), EnumSet.noneOf(Role.class), r.email()))
                        .roles().add(Role.valueOf(r.role())));
        audit.record(areaId, "READ", "members", null, members.size() + " members");
        return List.copyOf(members.values());
    }

    /**
     * Each member's name to show beside what they did (who recorded, who mentors), by username. Names only, for pages
     * that show who did what: not a read of the members list, so not audited as one.
     */
    public Map<String, String> names(long areaId) {
        Map<String, String> names = new LinkedHashMap<>();
        db.sql("""
                select distinct p.username, p.display_name from membership m join person p on p.id = m.person_id
                where m.area_id = ? order by p.username""").param(areaId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().forEach(e -> names.put(e.getKey(), e.getValue()));
        return names;
    }

    /**
     * The members of an area who hold any of these roles and have an email address, for messages Strands sends them
     * itself (not a read by a person, so not audited).
     */
    public List<Member> reachable(long areaId, Set<Role> roles) {
        return db.sql("""
                select p.username, p.display_name, array_agg(m.role order by m.role) as roles, p.email
                from membership m join person p on p.id = m.person_id
                where m.area_id = ? and p.enabled and p.email is not null group by p.id order by p.username""").param(areaId)
                .query((rs, n) -> new Member(rs.getString("username"), rs.getString("display_name"),
                        java.util.Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf)
                                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(Role.class))), rs.getString("email")))
                .list().stream().filter(m -> m.roles().stream().anyMatch(roles::contains)).toList();
    }

    /**
     * Adds a person to the area with roles. A new account is created with the password given. An existing
     * account, possibly of another area, is linked only by a system administrator, so that an area's
     * administrators learn nothing about other areas' people beyond a username being taken.
     */
    @Transactional
    public Member add(long areaId, NewMember member, boolean mayLinkExistingAccount) {
        List<RowError> errors = new ArrayList<>();
        String username = member.username() == null ? "" : member.username().strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new RowError(0, "username", "Enter a username of 3 to 40 lower-case letters, digits, dots, hyphens or underscores."));
        }
        if (member.roles() == null || member.roles().isEmpty()) {
            errors.add(new RowError(0, "roles", "Choose at least one role."));
        }
        boolean exists = people.find(username).isPresent();
        if (exists && !mayLinkExistingAccount && people.rolesIn(username, areaId).isEmpty()) {
            errors.add(new RowError(0, "username", "This username is taken. Choose another, or ask the system administrator to add an existing account to this area."));
        }
        if (!exists && (member.displayName() == null || member.displayName().isBlank())) {
            errors.add(new RowError(0, "displayName", "Enter the person's name."));
        } else if (member.displayName() != null && member.displayName().strip().length() > TextLimits.NAME) {
            errors.add(new RowError(0, "displayName", "The person's name is longer than " + TextLimits.NAME + " characters."));
        }
        String email = null;
        try {
            email = EmailAddresses.read(member.email());
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
        }
        if (email != null && exists) {
            errors.add(new RowError(0, "email", "This person already has an account: leave the email address empty and change it on its own."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The person was not added.", errors);
        }
        if (!exists) {
            people.ensure(username, member.displayName().strip(), member.password(), false);
        }
        if (email != null) {
            people.setEmail(username, email);
        }
        member.roles().forEach(role -> people.grant(username, areaId, role));
        audit.record(areaId, "MEMBER_ADDED", "person", username, member.roles().toString() + (email == null ? "" : " with email " + email));
        return new Member(username, people.find(username).orElseThrow().displayName(), people.rolesIn(username, areaId),
                people.emailOf(username).orElse(null));
    }

    /** Replaces a member's roles in the area; no roles removes them. The last administrator stays. */
    @Transactional
    public void setRoles(long areaId, String username, Set<Role> roles) {
        Set<Role> current = people.rolesIn(username, areaId);
        if (current.isEmpty()) {
            throw new NotFound("There is no member " + username + " in this area.");
        }
        if (current.contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && admins(areaId) == 1) {
            throw InvalidInput.of("roles", "An area needs at least one administrator: make someone else an administrator first.");
        }
        people.revokeAll(username, areaId);
        roles.forEach(role -> people.grant(username, areaId, role));
        audit.record(areaId, "MEMBER_ROLES_CHANGED", "person", username, roles.toString());
    }

    /** Removes a person from the area (their account stays); the last administrator stays. The audit log says who did it. */
    @Transactional
    public void remove(long areaId, String username, String by) {
        Set<Role> current = people.rolesIn(username, areaId);
        if (current.isEmpty()) {
            throw new NotFound("There is no member " + username + " in this area.");
        }
        if (current.contains(Role.ADMIN) && admins(areaId) == 1) {
            throw InvalidInput.of("roles", username + " is the area's only administrator: make someone else an administrator first.");
        }
        people.revokeAll(username, areaId);
        audit.record(areaId, "MEMBER_REMOVED", "person", username, "Had roles " + current + "; removed by " + by);
    }

    /**
     * Sets a temporary password for a member, to be changed at their next sign-in. An area's administrators may do
     * so only for people who work in this area alone; anyone else's (and a system administrator's) password is the
     * system administrator's to set.
     */
    @Transactional
    public void setTemporaryPassword(long areaId, String username, String password, String by, boolean bySystemAdmin) {
        checkAccountIsTheAreas(areaId, username, bySystemAdmin, "password", "password");
        people.setTemporaryPassword(username, password);
        audit.record(areaId, "TEMPORARY_PASSWORD_SET", "person", username, "Set by " + by);
    }

    /**
     * Sets or (blank) clears the email address a member signs in with through OpenID Connect. Whoever controls that
     * address at the provider can sign in as them, so, as for passwords, an area's administrators may set it only for
     * people who work in this area alone. Audited with the old and new address.
     */
    @Transactional
    public void setEmail(long areaId, String username, String email, String by, boolean bySystemAdmin) {
        checkAccountIsTheAreas(areaId, username, bySystemAdmin, "email", "email address");
        String before = people.emailOf(username).orElse("none");
        people.setEmail(username, email);
        audit.record(areaId, "EMAIL_SET", "person", username,
                "From " + before + " to " + people.emailOf(username).orElse("none") + "; set by " + by);
    }

    /** The member's account is this area's to manage: they work here alone and are not the system administrator. */
    private void checkAccountIsTheAreas(long areaId, String username, boolean bySystemAdmin, String field, String what) {
        if (people.rolesIn(username, areaId).isEmpty()) {
            throw new NotFound("There is no member " + username + " in this area.");
        }
        int otherAreas = db.sql("""
                select count(distinct m.area_id) from membership m join person p on p.id = m.person_id
                where p.username = ? and m.area_id <> ?""").params(username, areaId).query(Integer.class).single();
        if (!bySystemAdmin && (otherAreas > 0 || people.find(username).orElseThrow().systemAdmin())) {
            throw InvalidInput.of(field, username + " also works outside this area, so only the system administrator can set their " + what + ".");
        }
    }

    private int admins(long areaId) {
        return db.sql("select count(*) from membership where area_id = ? and role = 'ADMIN'").param(areaId)
                .query(Integer.class).single();
    }
}
