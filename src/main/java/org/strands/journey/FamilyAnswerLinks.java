package org.strands.journey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.LinkTokens;
import org.strands.platform.Formats;
import org.strands.platform.InvalidInput;

/**
 * Links a family opens to answer a part on their own, without an account. A link carries 256 random bits, of which only
 * the SHA-256 is kept; it lasts {@link #LASTS} and works once: opening it spends nothing, answering spends it with one
 * conditional update, so that a second submit (or two at once) stores the answers once.
 */
@Service
public class FamilyAnswerLinks {

    /** How long a link works for. */
    public static final Duration LASTS = Duration.ofDays(28);


    /** A link just made: shown once, to be given to the family; Strands keeps only its hash. */
    public record Made(String url, Instant expiresAt) {
    }

    /** What the family sees on their page: the questionnaire and the part to answer. */
    public record Opened(Questionnaire questionnaire, int part) {
    }

    private final JdbcClient db;
    private final Questionnaires questionnaires;
    private final FamilyAnswers answers;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final String publicUrl;

    FamilyAnswerLinks(JdbcClient db, Questionnaires questionnaires, FamilyAnswers answers, AuditTrail audit, Clock clock,
            org.springframework.context.ApplicationEventPublisher events, @Value("${strands.public-url}") String publicUrl) {
        this.events = events;
        this.db = db;
        this.questionnaires = questionnaires;
        this.answers = answers;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Makes a link to the part of the questionnaire in force, for the journey or else the contact. */
    @Transactional
    public Made make(Area area, int part, Long journeyId, Long contactId, String by) {
        return make(area, part, journeyId, contactId, by, LASTS);
    }

    /** As {@link #make(Area, int, Long, Long, String)}, for a link that lasts as long as the area's follow-ups do. */
    @Transactional
    public Made make(Area area, int part, Long journeyId, Long contactId, String by, Duration lasts) {
        if (part != 1 && part != 2) {
            throw InvalidInput.of("part", "Choose part 1 or part 2 of the questions.");
        }
        Long contact = journeyId != null ? null : contactId;
        answers.checkBelongs(area, journeyId, contact);
        Questionnaire questionnaire = questionnaires.inForce(area);
        String token = token();
        Instant expires = clock.instant().plus(lasts);
        db.sql("""
                insert into journey_answer_link (token_hash, area_id, questionnaire_id, part, journey_id, contact_id, expires_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(hash(token), area.id(), questionnaire.id(), part, journeyId, contact, utc(expires), by).update();
        audit.record(area.id(), "LINK_MADE", journeyId != null ? "journey" : "contact", String.valueOf(journeyId != null ? journeyId : contact),
                "family answers, part " + part);
        return new Made(publicUrl + "/public/" + area.slug() + "/answers/" + token, expires);
    }

    /** The part a link asks, while it is unused and unexpired; empty for any other link, whatever the reason. */
    public Optional<Opened> open(Area area, String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        record Row(long questionnaireId, int part) {
        }
        return db.sql("""
                select questionnaire_id, part from journey_answer_link
                where token_hash = ? and area_id = ? and used_at is null and expires_at > ?""")
                .params(hash(token), area.id(), utc(clock.instant())).query(Row.class).optional()
                .map(r -> new Opened(questionnaires.byId(r.questionnaireId()), r.part()));
    }

    /**
     * Stores the family's answers and spends the link, together; false (nothing stored) when the link is used, expired or
     * unknown. Answers that cannot be stored are refused and leave the link as it was.
     */
    @Transactional
    public boolean answer(Area area, String token, Map<String, String> given) {
        if (!wellFormed(token)) {
            return false;
        }
        record Spent(long questionnaireId, int part, Long journeyId, Long contactId) {
        }
        Optional<Spent> spent = db.sql("""
                update journey_answer_link set used_at = ?
                where token_hash = ? and area_id = ? and used_at is null and expires_at > ?
                returning questionnaire_id, part, journey_id, contact_id""")
                .params(utc(clock.instant()), hash(token), area.id(), utc(clock.instant())).query(Spent.class).optional();
        if (spent.isEmpty()) {
            return false;
        }
        Spent link = spent.get();
        LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
        answers.store(area, questionnaires.byId(link.questionnaireId()),
                new FamilyAnswerEntry(link.part(), link.journeyId(), link.contactId(), today, given), null);
        return true;
    }

    /**
     * A family asks for a new link in place of one that is used or out of date: those who sent it hear of it
     * ({@link NewAnswerLinkAsked}). Nothing is said back about whether the link was known.
     */
    @Transactional
    public void askForNew(Area area, String token) {
        if (!wellFormed(token)) {
            return;
        }
        record Link(int part, Long journeyId, Long contactId) {
        }
        db.sql("""
                select part, journey_id, contact_id from journey_answer_link
                where token_hash = ? and area_id = ? and (used_at is not null or expires_at <= ?)""")
                .params(hash(token), area.id(), utc(clock.instant())).query(Link.class).optional()
                .ifPresent(l -> events.publishEvent(new NewAnswerLinkAsked(area.id(), l.journeyId(), l.contactId(), l.part())));
    }

    private static boolean wellFormed(String token) {
        return LinkTokens.wellFormed(token);
    }

    private static String token() {
        return LinkTokens.make();
    }

    private static byte[] hash(String token) {
        return LinkTokens.hash(token);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
