package org.strands.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named API tokens that a person creates for scripts and other systems, sent as {@code Authorization: Bearer}.
 * A token acts as its owner, with the owner's roles at the time of each request. It is shown once, when created;
 * only its SHA-256 hash is kept, with when it was last used (to the minute), and it ends when it expires or is
 * revoked. Creating and revoking are audited.
 */
@Service
public class ApiTokens {

    /** Days a token lasts when none are given, and the most allowed. */
    public static final int DEFAULT_DAYS = 90;
    public static final int LONGEST_DAYS = 366;
    /** Tokens a person may hold at once (not expired nor revoked). */
    public static final int MOST_HELD = 20;
    public static final int LONGEST_NAME = 200;
    private static final String PREFIX = "strands_";
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient db;
    private final Clock clock;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient db, Clock clock, AuditTrail audit) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
    }

    /** A token as it is created: the only time its secret is seen. */
    public record Issued(UUID id, String name, String token, Instant expiresAt) {
    }

    /** A token as listed to its owner: never its secret. */
    public record Held(UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean expired) {
    }

    /** Who a valid token acts for. */
    public record Bearer(UUID tokenId, String username, boolean systemAdmin) {
    }

    /** Creates a token for the person; the name (1 to 200 characters) and days (1 to 366, default 90) are checked. */
    @Transactional
    public Issued create(String username, String name, Integer days) {
        String trimmed = name == null ? "" : name.strip();
        List<RowError> errors = new ArrayList<>();
        if (trimmed.isEmpty()) {
            errors.add(new RowError(0, "name", "Enter a name for the token, so that you know later what uses it."));
        } else if (trimmed.length() > LONGEST_NAME || trimmed.indexOf('\0') >= 0) {
            errors.add(new RowError(0, "name", "Enter a name of at most " + LONGEST_NAME + " characters."));
        }
        int lasting = days == null ? DEFAULT_DAYS : days;
        if (lasting < 1 || lasting > LONGEST_DAYS) {
            errors.add(new RowError(0, "days", "Enter how many days the token lasts, from 1 to " + LONGEST_DAYS + "."));
        }
        long personId = db.sql("select id from person where username = ? for update").param(username).query(Long.class).single();
        if (held(personId) >= MOST_HELD) {
            errors.add(new RowError(0, "name", "You already hold " + MOST_HELD + " tokens, the most allowed. Revoke one you no longer use."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The token was not created.", errors);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(lasting));
        db.sql("insert into api_token (id, person_id, name, token_hash, created_at, expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, personId, trimmed, hash(token), Timestamp.from(now), Timestamp.from(expiresAt)).update();
        audit.recordAs(username, null, "API_TOKEN_CREATED", "api-token", id.toString(), trimmed);
        return new Issued(id, trimmed, token, expiresAt);
    }

    /** The person's tokens that are not revoked, newest first, expired ones marked. */
    public List<Held> of(String username) {
        Instant now = clock.instant();
        return db.sql("""
                select t.id, t.name, t.created_at, t.expires_at, t.last_used_at from api_token t join person p on p.id = t.person_id
                where p.username = ? and t.revoked_at is null order by t.created_at desc""").param(username)
                .query((rs, row) -> {
                    Instant expires = rs.getTimestamp("expires_at").toInstant();
                    Timestamp used = rs.getTimestamp("last_used_at");
                    return new Held(rs.getObject("id", UUID.class), rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
                            expires, used == null ? null : used.toInstant(), !expires.isAfter(now));
                }).list();
    }

    /** Revokes one of the person's own tokens at once; anyone else's, or none, is {@link NotFound}. */
    @Transactional
    public Held revoke(String username, UUID id) {
        Held token = of(username).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("You hold no such token."));
        db.sql("update api_token set revoked_at = ? where id = ?").params(Timestamp.from(clock.instant()), id).update();
        audit.recordAs(username, null, "API_TOKEN_REVOKED", "api-token", id.toString(), token.name());
        return token;
    }

    /** Who the token acts for, if it is one of ours, current, and its owner may still sign in; notes its use. */
    public Optional<Bearer> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        record Found(Bearer bearer, Timestamp lastUsed) {
        }
        Optional<Found> found = db.sql("""
                select t.id, p.username, p.system_admin, t.last_used_at from api_token t join person p on p.id = t.person_id
                where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and p.enabled""")
                .params(hash(token), Timestamp.from(now))
                .query((rs, row) -> new Found(new Bearer(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getBoolean("system_admin")), rs.getTimestamp("last_used_at"))).optional();
        found.filter(f -> f.lastUsed() == null || f.lastUsed().toInstant().plus(LAST_USE_PRECISION).isBefore(now))
                .ifPresent(f -> db.sql("update api_token set last_used_at = ? where id = ?")
                        .params(Timestamp.from(now), f.bearer().tokenId()).update());
        return found.map(Found::bearer);
    }

    private int held(long personId) {
        return db.sql("select count(*) from api_token where person_id = ? and revoked_at is null and expires_at > ?")
                .params(personId, Timestamp.from(clock.instant())).query(Integer.class).single();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
