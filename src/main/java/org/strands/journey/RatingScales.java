package org.strands.journey;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AuditTrail;
import org.strands.platform.Copy;
import org.strands.platform.InvalidInput;
import org.strands.platform.TextLimits;
import org.strands.platform.Uploads;

/**
 * The words of the rating scale, 0 (most severe) to 5 (no difficulty) in half points, for impairment, activity,
 * participation, wellbeing and carer wellbeing. Strands ships generic descriptors in its own words at each whole point;
 * an area may load its own (licensed ones, say) from a file, all or nothing, and go back to the generic ones.
 */
@Service
public class RatingScales {

    /** The domains rated, as stored. */
    public static final List<String> DOMAINS = List.of("IMPAIRMENT", "ACTIVITY", "PARTICIPATION", "WELLBEING", "CARER_WELLBEING");

    private final JdbcClient db;
    private final Uploads uploads;
    private final AuditTrail audit;

    RatingScales(JdbcClient db, Uploads uploads, AuditTrail audit) {
        this.db = db;
        this.uploads = uploads;
        this.audit = audit;
    }

    /**
     * The words for a score in a domain: the area's descriptor for it, else, between two whole points, the words of both
     * in one plain sentence. The domain as stored ({@code CARER_WELLBEING}) or as written ("carer wellbeing").
     */
    public String words(Area area, String domain, BigDecimal score) {
        String d = RatingDescriptorFile.domain(domain).orElseThrow(() -> new IllegalArgumentException("No rating domain " + domain));
        if (score == null || !RatingDescriptorFile.onScale(score)) {
            throw new IllegalArgumentException("A rating is from 0 to 5 in half points, not " + score);
        }
        Map<BigDecimal, String> words = scale(area).byDomain().get(d).stream()
                .collect(LinkedHashMap::new, (m, r) -> m.put(r.score().stripTrailingZeros(), r.words()), Map::putAll);
        String exact = words.get(score.stripTrailingZeros());
        if (exact != null) {
            return exact;
        }
        BigDecimal lower = score.setScale(0, RoundingMode.FLOOR);
        BigDecimal upper = lower.add(BigDecimal.ONE);
        return Copy.of("journey.rating.between", lower.intValue(), upper.intValue(), words.get(lower.stripTrailingZeros()),
                words.get(upper.stripTrailingZeros()));
    }

    /** The scale in use in the area. */
    public RatingScale scale(Area area) {
        record Row(String domain, BigDecimal score, String words, String source, String loadedBy, Instant loadedAt) {
        }
        List<Row> rows = db.sql("""
                select domain, score, words, source, loaded_by, loaded_at from journey_rating_descriptor
                where area_id = ? order by domain, score""").param(area.id()).query(Row.class).list();
        Map<String, List<RatingDescriptor>> byDomain = new LinkedHashMap<>();
        DOMAINS.forEach(d -> byDomain.put(d, new ArrayList<>()));
        if (rows.isEmpty()) {
            DOMAINS.forEach(d -> {
                for (int s = 0; s <= 5; s++) {
                    byDomain.get(d).add(new RatingDescriptor(d, BigDecimal.valueOf(s),
                            Copy.of("journey.rating.generic." + d.toLowerCase(Locale.ROOT) + "." + s)));
                }
            });
            return new RatingScale(null, null, null, byDomain);
        }
        rows.forEach(r -> byDomain.get(r.domain()).add(new RatingDescriptor(r.domain(), r.score(), r.words())));
        Row first = rows.getFirst();
        return new RatingScale(first.source(), first.loadedBy(), first.loadedAt(), byDomain);
    }

    /** Loads the area's own descriptors from a CSV file (domain, score, words), replacing any it had: all or nothing. */
    @Transactional
    public int load(Area area, InputStream file, String source, String by) {
        String name = source == null ? "" : source.strip();
        if (name.isEmpty()) {
            throw InvalidInput.of("source", "Enter where the descriptors come from, such as the licensed scale’s name and edition.");
        }
        if (name.length() > TextLimits.NAME || TextLimits.hasNul(name)) {
            throw InvalidInput.of("source", "Keep the name of the source to 200 characters of plain text.");
        }
        List<RatingDescriptor> descriptors = RatingDescriptorFile.read(file, uploads);
        db.sql("delete from journey_rating_descriptor where area_id = ?").param(area.id()).update();
        for (RatingDescriptor d : descriptors) {
            db.sql("insert into journey_rating_descriptor (area_id, domain, score, words, source, loaded_by) values (?, ?, ?, ?, ?, ?)")
                    .params(area.id(), d.domain(), d.score(), d.words(), name, by).update();
        }
        audit.record(area.id(), "RATING_DESCRIPTORS_LOADED", "rating-scale", null, name + ": " + descriptors.size() + " descriptors");
        return descriptors.size();
    }

    /** Goes back to the generic descriptors, removing the area's own. */
    @Transactional
    public void useGeneric(Area area, String by) {
        int removed = db.sql("delete from journey_rating_descriptor where area_id = ?").param(area.id()).update();
        if (removed > 0) {
            audit.record(area.id(), "RATING_DESCRIPTORS_REMOVED", "rating-scale", null, removed + " descriptors; the generic ones apply");
        }
    }
}
