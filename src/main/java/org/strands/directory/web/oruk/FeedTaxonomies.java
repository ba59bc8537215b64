package org.strands.directory.web.oruk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.strands.directory.DirectoryEntry;
import org.strands.directory.FeedSearch;
import org.strands.framework.Level;
import org.strands.framework.OutcomeCode;
import org.strands.framework.Strand;
import org.strands.platform.Copy;

/**
 * The feed's two taxonomies: the framework (its five strands, three levels and fifteen outcomes, each outcome under its
 * strand) and access (open access, a term of its own). Every id is a name-based UUID of a fixed name, the same on every
 * node and after every restart. An entry carries the terms of its outcomes, of their strands and levels, and open access.
 */
final class FeedTaxonomies {

    /** A term with what an entry carrying it has, for the feed's filters. */
    record Entry(FeedJson.Term term, FeedSearch.Tag tag, String linkType) {
    }

    static final UUID FRAMEWORK = id("taxonomy/framework");
    static final UUID ACCESS = id("taxonomy/access");

    private static final Map<UUID, Entry> TERMS = terms();
    private static final Map<UUID, FeedJson.Taxonomy> TAXONOMIES = taxonomies();

    private FeedTaxonomies() {
    }

    /** Both taxonomies, the framework first, without their terms. */
    static List<FeedJson.Taxonomy> all() {
        return TAXONOMIES.values().stream().map(t -> new FeedJson.Taxonomy(t.id(), t.name(), t.description(), t.version(), null)).toList();
    }

    /** One taxonomy with its terms. */
    static Optional<FeedJson.Taxonomy> taxonomy(UUID id) {
        return Optional.ofNullable(TAXONOMIES.get(id));
    }

    /** Every term: the framework's strands, levels and outcomes, then open access. */
    static List<FeedJson.Term> terms(int page, int perPage) {
        return TERMS.values().stream().skip((long) (page - 1) * perPage).limit(perPage).map(Entry::term).toList();
    }

    static int termCount() {
        return TERMS.size();
    }

    static Optional<FeedJson.Term> term(UUID id) {
        return Optional.ofNullable(TERMS.get(id)).map(Entry::term);
    }

    /** What an entry must carry to have the term; {@link FeedSearch.Nothing} for a term the feed does not have. */
    static FeedSearch.Tag tagOfTerm(UUID id) {
        return Optional.ofNullable(TERMS.get(id)).map(Entry::tag).orElse(new FeedSearch.Nothing());
    }

    /** What an entry must carry to have a term of the taxonomy. */
    static FeedSearch.Tag tagOfTaxonomy(UUID id) {
        return FRAMEWORK.equals(id) ? new FeedSearch.InFramework() : ACCESS.equals(id) ? new FeedSearch.OpenAccess() : new FeedSearch.Nothing();
    }

    /** The terms an entry carries, each as an attribute linking it to the entry: strands, levels, outcomes, access. */
    static List<FeedJson.Attribute> attributesOf(DirectoryEntry entry) {
        List<UUID> carried = new ArrayList<>();
        List<OutcomeCode> outcomes = OutcomeCode.ALL.stream().filter(o -> entry.outcomes().contains(o.code())).toList();
        outcomes.stream().map(o -> strandTerm(o.strand())).distinct().forEach(carried::add);
        outcomes.stream().map(o -> o.level()).distinct().sorted().map(FeedTaxonomies::levelTerm).forEach(carried::add);
        outcomes.stream().map(FeedTaxonomies::outcomeTerm).forEach(carried::add);
        if (entry.openAccess()) {
            carried.add(openAccessTerm());
        }
        return carried.stream().map(TERMS::get).map(t -> new FeedJson.Attribute(id("attribute/" + entry.id() + "/" + t.term().id()),
                entry.id(), t.term().id(), t.linkType(), t.term())).toList();
    }

    static UUID strandTerm(Strand strand) {
        return id("term/strand/" + strand.prefix());
    }

    static UUID levelTerm(Level level) {
        return id("term/level/" + level.number());
    }

    static UUID outcomeTerm(OutcomeCode outcome) {
        return id("term/outcome/" + outcome.code());
    }

    static UUID openAccessTerm() {
        return id("term/access/open");
    }

    /** The name-based UUID of a name under the feed's own. */
    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("strands/oruk/" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<UUID, Entry> terms() {
        String framework = Copy.of("directory.feed.framework.name");
        Map<UUID, Entry> terms = new LinkedHashMap<>();
        for (Strand s : Strand.values()) {
            add(terms, new FeedJson.Term(strandTerm(s), s.label(), Copy.of("directory.feed.strand.description", Copy.of("directory.strand." + s.prefix())),
                    null, framework, FRAMEWORK, s.prefix()), new FeedSearch.InStrand(s), "strand");
        }
        for (Level l : Level.values()) {
            add(terms, new FeedJson.Term(levelTerm(l), l.label(), Copy.of("directory.feed.level.description", Copy.of("directory.level." + l.number())),
                    null, framework, FRAMEWORK, String.valueOf(l.number())), new FeedSearch.AtLevel(l), "level");
        }
        for (OutcomeCode o : OutcomeCode.ALL) {
            add(terms, new FeedJson.Term(outcomeTerm(o), Copy.of("directory.feed.outcome.name", o.strand().label(), lower(o.level().label()), o.code()),
                    Copy.of("directory.feed.outcome.description", Copy.of("directory.strand." + o.strand().prefix()),
                            lower(Copy.of("directory.level." + o.level().number()))),
                    strandTerm(o.strand()), framework, FRAMEWORK, o.code()), new FeedSearch.ServesOutcome(o.code()), "outcome");
        }
        add(terms, new FeedJson.Term(openAccessTerm(), Copy.of("directory.feed.openAccess.name"), Copy.of("directory.feed.openAccess.description"),
                null, Copy.of("directory.feed.access.name"), ACCESS, "open-access"), new FeedSearch.OpenAccess(), "access");
        return terms;
    }

    private static void add(Map<UUID, Entry> terms, FeedJson.Term term, FeedSearch.Tag tag, String linkType) {
        terms.put(term.id(), new Entry(term, tag, linkType));
    }

    private static Map<UUID, FeedJson.Taxonomy> taxonomies() {
        Map<UUID, FeedJson.Taxonomy> taxonomies = new LinkedHashMap<>();
        taxonomies.put(FRAMEWORK, new FeedJson.Taxonomy(FRAMEWORK, Copy.of("directory.feed.framework.name"),
                Copy.of("directory.feed.framework.description"), null, of(FRAMEWORK)));
        taxonomies.put(ACCESS, new FeedJson.Taxonomy(ACCESS, Copy.of("directory.feed.access.name"), Copy.of("directory.feed.access.description"),
                null, of(ACCESS)));
        return taxonomies;
    }

    private static List<FeedJson.Term> of(UUID taxonomy) {
        return TERMS.values().stream().map(Entry::term).filter(t -> t.taxonomyId().equals(taxonomy)).toList();
    }

    private static String lower(String text) {
        return text.substring(0, 1).toLowerCase(Locale.UK) + text.substring(1);
    }
}
