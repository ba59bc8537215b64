package org.strands.platform;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.security.PasswordPolicy;

/** People who sign in to Strands, and their roles per area. */
@Service
public class People {

    private final JdbcClient db;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    /** Roles are read on every request; a change elsewhere in a cluster takes effect within seconds. */
    private final ShortLivedCache<String, Set<Role>> roles = new ShortLivedCache<>(java.time.Duration.ofSeconds(5), 10_000);
    /** Whether someone still has a temporary password, read on every request the same way. */
    private final ShortLivedCache<String, Boolean> temporary = new ShortLivedCache<>(java.time.Duration.ofSeconds(5), 10_000);

    People(JdbcClient db, PasswordEncoder passwords, PasswordPolicy policy, AuditTrail audit) {
        this.db = db;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
    }

    public record Person(long id, String username, String displayName, boolean systemAdmin) {
    }

    /** Adds a person, or does nothing if the username exists. The password must pass the policy. */
    @Transactional
    public Person ensure(String username, String displayName, String password, boolean systemAdmin) {
        Optional<Person> existing = find(username);
        if (existing.isPresent()) {
            return existing.get();
        }
        policy.check(password);
        db.sql("insert into person (username, display_name, password_hash, system_admin) values (?, ?, ?, ?)")
                .params(username, displayName, passwords.encode(password), systemAdmin).update();
        audit.record(null, "PERSON_CREATED", "person", username, systemAdmin ? "system administrator" : null);
        return find(username).orElseThrow();
    }

    /**
     * Changes a person's own password, given their current one. Every reason it cannot be changed is named by its
     * field ({@code current}, {@code password}); nothing changes unless all is well. Audited.
     */
    @Transactional
    public void changePassword(String username, String current, String replacement) {
        String hash = db.sql("select password_hash from person where username = ?").param(username).query(String.class)
                .optional().orElse(null);
        List<RowError> errors = new java.util.ArrayList<>();
        if (hash == null || current == null || current.isEmpty() || !passwords.matches(current, hash)) {
            errors.add(new RowError(0, "current", "Enter your current password as you use it to sign in."));
        }
        try {
            policy.check(replacement);
        } catch (InvalidInput e) {
            e.errors().forEach(error -> errors.add(new RowError(0, "password", error.message())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Your password was not changed.", errors);
        }
        db.sql("update person set password_hash = ?, must_change_password = false where username = ?")
                .params(passwords.encode(replacement), username).update();
        temporary.clear();
        audit.record(null, "PASSWORD_CHANGED", "person", username, null);
    }

    /** Gives a person a temporary password, which they must change when they next sign in. The caller audits it. */
    @Transactional
    public void setTemporaryPassword(String username, String password) {
        policy.check(password);
        db.sql("update person set password_hash = ?, must_change_password = true where username = ?")
                .params(passwords.encode(password), username).update();
        temporary.clear();
    }

    /** Whether the person signed in with a temporary password and must choose their own before anything else. */
    public boolean mustChangePassword(String username) {
        return temporary.get(username, u -> db.sql("select must_change_password from person where username = ?").param(u)
                .query(Boolean.class).optional().orElse(false));
    }

    @Transactional
    public void grant(String username, long areaId, Role role) {
        db.sql("""
                insert into membership (person_id, area_id, role)
                select id, ?, ? from person where username = ? on conflict do nothing""")
                .params(areaId, role.name(), username).update();
        roles.clear();
    }

    /** Removes every role the person holds in the area. */
    @Transactional
    public void revokeAll(String username, long areaId) {
        db.sql("delete from membership where area_id = ? and person_id = (select id from person where username = ?)")
                .params(areaId, username).update();
        roles.clear();
    }

    /**
     * Sets or, with a blank value, clears the email address a person signs in with through OpenID Connect. Another
     * account with the same address, in any case, is refused naming the field {@code email}, also when two requests
     * race for it. The caller audits it.
     */
    @Transactional
    public void setEmail(String username, String email) {
        String address = EmailAddresses.read(email);
        if (address != null && emailTaken(address, username)) {
            throw taken();
        }
        try {
            db.sql("update person set email = ? where username = ?").params(address, username).update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw taken();
        }
    }

    /** A person's email address, if they have one. */
    public Optional<String> emailOf(String username) {
        return db.sql("select email from person where username = ? and email is not null").param(username)
                .query(String.class).optional();
    }

    private boolean emailTaken(String address, String username) {
        return db.sql("select count(*) from person where lower(email) = lower(?) and username <> ?").params(address, username)
                .query(Integer.class).single() > 0;
    }

    private static InvalidInput taken() {
        return InvalidInput.of("email", "Another account already has this email address. Each person needs their own.");
    }

    public Optional<Person> find(String username) {
        return db.sql("select id, username, display_name, system_admin from person where username = ?")
                .param(username).query(Person.class).optional();
    }

    public Set<Role> rolesIn(String username, long areaId) {
        return roles.get(username + "\u0000" + areaId, key -> loadRoles(username, areaId));
    }

    private Set<Role> loadRoles(String username, long areaId) {
        List<String> names = db.sql("""
                select m.role from membership m join person p on p.id = m.person_id
                where p.username = ? and m.area_id = ?""").params(username, areaId).query(String.class).list();
        Set<Role> result = EnumSet.noneOf(Role.class);
        names.forEach(r -> result.add(Role.valueOf(r)));
        return Set.copyOf(result);
    }
}
