package org.strands.accreditation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.framework.Strand;
import org.strands.platform.Area;
import org.strands.platform.Conflict;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;

/**
 * The mentor's review of a setting's self-evaluation: a verdict and comment on each strand, a request for more evidence,
 * and a recommendation to the panel once every strand is met. Centre of Excellence is recommended only when every
 * criterion is rated embedded and the setting shares its practice with others.
 */
@Service
public class MentorReview {

    /** The most characters in a comment, a message or a reason. */
    public static final int MAX_TEXT = 2000;

    /** The mentor's view of a strand. */
    public enum Verdict {
        MET("met", "Met"), MORE_EVIDENCE("more-evidence", "More evidence needed");

        private final String code;
        private final String label;

        Verdict(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        static Verdict parse(String text) {
            for (Verdict v : values()) {
                if (v.code.equals(text == null ? "" : text.strip())) {
                    return v;
                }
            }
            return null;
        }
    }

    /** The mentor's verdict on one strand, with their comment. */
    public record StrandReview(Strand strand, Verdict verdict, String comment, String reviewedBy, OffsetDateTime reviewedAt) {
    }

    private final JdbcClient db;
    private final SchemeStatuses statuses;
    private final SchemeCriteria criteria;
    private final SettingRatings ratings;
    private final Conversation conversation;
    private final SchemeScope scope;

    MentorReview(JdbcClient db, SchemeStatuses statuses, SchemeCriteria criteria, SettingRatings ratings, Conversation conversation,
            SchemeScope scope) {
        this.db = db;
        this.scope = scope;
        this.statuses = statuses;
        this.criteria = criteria;
        this.ratings = ratings;
        this.conversation = conversation;
    }

    /**
     * The journey as its mentor reviews it: 403 for anyone but its mentor, except the system administrator, who may read
     * it (and whose changes are refused as anyone's but the mentor's).
     */
    public Enrolment forReview(org.strands.platform.AreaContext who, String ref) {
        return who.systemAdmin() ? scope.journey(who, ref) : scope.asMentor(who, ref);
    }

    /** Whether the person is the journey's mentor, who gives verdicts, asks for more and recommends. */
    public boolean isMentor(org.strands.platform.AreaContext who, Enrolment journey) {
        return who.username().equals(journey.mentor());
    }

    /** The verdicts given so far, by strand. */
    public Map<Strand, StrandReview> of(Area area, long enrolmentId) {
        Map<Strand, StrandReview> byStrand = new EnumMap<>(Strand.class);
        db.sql("""
                select strand, verdict, comment, reviewed_by, reviewed_at from accreditation_strand_review
                where area_id = :area and enrolment_id = :id""").param("area", area.id()).param("id", enrolmentId)
                .query((rs, n) -> new StrandReview(Strand.valueOf(rs.getString("strand")), Verdict.valueOf(rs.getString("verdict")),
                        rs.getString("comment"), rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class)))
                .list().forEach(r -> byStrand.put(r.strand(), r));
        return byStrand;
    }

    /** The strands not yet given a verdict of met. */
    public List<Strand> notMet(Area area, long enrolmentId) {
        Map<Strand, StrandReview> given = of(area, enrolmentId);
        return java.util.Arrays.stream(Strand.values())
                .filter(s -> given.get(s) == null || given.get(s).verdict() != Verdict.MET).toList();
    }

    /** The codes of the criteria the setting has not rated embedded (none: every one is). */
    public List<String> notEmbedded(Area area, Enrolment journey) {
        Map<String, RatedCriterion> rated = ratings.of(area, journey.id());
        return criteria.criteria(area, journey.criteriaSetId(), journey.phase()).stream().map(Criterion::code)
                .filter(code -> rated.get(code) == null || rated.get(code).rating() != Rating.EMBEDDED).toList();
    }

    /**
     * Keeps the mentor's verdict ({@code met} or {@code more-evidence}) and comment on a strand, while the
     * self-evaluation is with them; given again, it replaces the last.
     */
    @Transactional
    public StrandReview judge(Area area, Enrolment journey, Strand strand, String verdict, String comment, String by) {
        List<RowError> errors = new ArrayList<>();
        Verdict v = Verdict.parse(verdict);
        if (v == null) {
            errors.add(new RowError(0, "verdict", "Choose met or more evidence needed for " + strand.label().toLowerCase(Locale.UK) + "."));
        }
        String text = text(comment);
        if (tooLong(text)) {
            errors.add(new RowError(0, "comment", "The comment must be " + MAX_TEXT + " characters or fewer."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The verdict was not saved.", errors);
        }
        withTheMentor(area, journey, "verdict", by);
        db.sql("""
                insert into accreditation_strand_review (enrolment_id, area_id, strand, verdict, comment, reviewed_by, reviewed_at)
                values (:id, :area, :strand, :verdict, :comment, :by, now())
                on conflict (enrolment_id, strand) do update set verdict = excluded.verdict, comment = excluded.comment,
                    reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at""")
                .param("id", journey.id()).param("area", area.id()).param("strand", strand.name()).param("verdict", v.name())
                .param("comment", text.isEmpty() ? null : text).param("by", by).update();
        return of(area, journey.id()).get(strand);
    }

    /** Sends the self-evaluation back to the setting for more evidence; the message is the reason and goes into the conversation. */
    @Transactional
    public void askForMoreEvidence(Area area, Enrolment journey, String message, String by) {
        String text = text(message);
        if (text.isEmpty()) {
            throw InvalidInput.of("message", "Enter what more evidence the setting should add.");
        }
        if (tooLong(text)) {
            throw InvalidInput.of("message", "The message must be " + MAX_TEXT + " characters or fewer.");
        }
        withTheMentor(area, journey, "message", by);
        statuses.move(area, journey.id(), SchemeStatus.MORE_EVIDENCE, by, text);
        conversation.add(area, journey.id(), null, text, by);
    }

    /**
     * Recommends the setting to the panel for {@code award} ({@code accredited} or {@code centre-of-excellence}) with a
     * reason. Refused beside the field unless every strand is met; Centre of Excellence also needs every criterion rated
     * embedded and how the setting shares practice with others, which is kept.
     */
    @Transactional
    public void recommend(Area area, Enrolment journey, String award, String reason, String sharesPractice, String by) {
        List<RowError> errors = new ArrayList<>();
        Recommendation recommendation = switch (award == null ? "" : award.strip()) {
            case "accredited" -> Recommendation.ACCREDITED;
            case "centre-of-excellence" -> Recommendation.CENTRE_OF_EXCELLENCE;
            default -> null;
        };
        if (recommendation == null) {
            errors.add(new RowError(0, "award", "Choose accreditation or Centre of Excellence."));
        }
        String why = text(reason);
        if (why.isEmpty()) {
            errors.add(new RowError(0, "reason", "Enter why you recommend the setting."));
        } else if (tooLong(why)) {
            errors.add(new RowError(0, "reason", "The reason must be " + MAX_TEXT + " characters or fewer."));
        }
        String shares = text(sharesPractice);
        if (tooLong(shares)) {
            errors.add(new RowError(0, "sharesPractice", "How the setting shares its practice must be " + MAX_TEXT + " characters or fewer."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The recommendation was not made.", errors);
        }
        withTheMentor(area, journey, "award", by);
        List<Strand> notMet = notMet(area, journey.id());
        if (!notMet.isEmpty()) {
            errors.add(new RowError(0, "award", "Every strand must be met before you recommend the setting. Not met yet: "
                    + notMet.stream().map(s -> s.label().toLowerCase(Locale.UK)).collect(Collectors.joining(", ")) + "."));
        } else if (recommendation == Recommendation.CENTRE_OF_EXCELLENCE) {
            List<String> notEmbedded = notEmbedded(area, journey);
            if (!notEmbedded.isEmpty()) {
                errors.add(new RowError(0, "award", "Centre of Excellence needs every criterion rated embedded. "
                        + (notEmbedded.size() == 1 ? "1 is not: " : notEmbedded.size() + " are not, such as ")
                        + String.join(", ", notEmbedded.subList(0, Math.min(5, notEmbedded.size()))) + "."));
            }
            if (shares.isEmpty()) {
                errors.add(new RowError(0, "sharesPractice", "Say how the setting shares its practice with others, for Centre of Excellence."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The recommendation was not made.", errors);
        }
        db.sql("""
                update accreditation_enrolment set recommendation = :r,
                    shares_practice = case when :shares = '' then shares_practice else :shares end
                where area_id = :area and id = :id""")
                .param("r", recommendation.name()).param("shares", shares).param("area", area.id()).param("id", journey.id()).update();
        statuses.move(area, journey.id(), SchemeStatus.RECOMMENDED, by, why);
    }

    private static void withTheMentor(Area area, Enrolment journey, String field, String by) {
        if (!by.equals(journey.mentor())) {
            throw new org.strands.platform.Forbidden("Only the setting’s mentor can review it.");
        }
        if (journey.status() != SchemeStatus.IN_REVIEW) {
            throw new Conflict(field, "The mentor can only do this while the self-evaluation is with them. It is "
                    + journey.status().label().toLowerCase(Locale.UK) + " now, so nothing has been changed.");
        }
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean tooLong(String text) {
        return text.length() > MAX_TEXT || TextLimits.hasNul(text);
    }
}
