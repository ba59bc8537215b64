package org.strands.journey;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The rating scale in use in an area: the descriptors by domain, in score order, and where they came from. {@code source}
 * is null for the generic descriptors Strands ships; otherwise the name the area gave the descriptors it loaded, with who
 * loaded them and when.
 */
public record RatingScale(String source, String loadedBy, Instant loadedAt, Map<String, List<RatingDescriptor>> byDomain) {

    public RatingScale {
        byDomain = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byDomain));
    }

    /** Whether these are the generic descriptors Strands ships. */
    public boolean generic() {
        return source == null;
    }
}
