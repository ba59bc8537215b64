package org.strands.directory;

import java.util.List;
import org.strands.framework.Level;
import org.strands.framework.Strand;
import org.strands.place.Location;
import org.strands.platform.Area;

/**
 * What a reader of the Open Referral feed asks for: published entries of every area, or of one; matching words (as the
 * directory's own search reads them); carrying every one of some tags; with ages within bounds; near a point, and
 * perhaps only within a distance of it (nearest first); one page of them.
 *
 * @param area one area's entries, or null for every area's
 * @param minimumAge only entries whose youngest age is at least this
 * @param maximumAge only entries whose oldest age is at most this
 * @param near the point to measure from (nearest first), or null
 * @param withinMetres only what is at most this far from {@code near}, or null for no limit
 * @param page from 1
 */
public record FeedSearch(Area area, String text, List<Tag> tags, Double minimumAge, Double maximumAge, Location near,
        Double withinMetres, int page, int perPage) {

    /** Something an entry carries, by which the feed's taxonomy terms find it. */
    public sealed interface Tag {
    }

    /** Serves this outcome of the framework, such as FS1. */
    public record ServesOutcome(String code) implements Tag {
    }

    /** Serves an outcome of this strand. */
    public record InStrand(Strand strand) implements Tag {
    }

    /** Serves an outcome at this level. */
    public record AtLevel(Level level) implements Tag {
    }

    /** Serves any outcome of the framework. */
    public record InFramework() implements Tag {
    }

    /** Open access: a family can simply come. */
    public record OpenAccess() implements Tag {
    }

    /** Carried by nothing: a term the feed does not know. */
    public record Nothing() implements Tag {
    }

    public FeedSearch {
        text = DirectorySearch.words(text);
        tags = List.copyOf(tags);
        page = Math.max(1, page);
        perPage = Math.max(1, perPage);
    }
}
