package org.strands.journey;

import java.time.OffsetDateTime;

/** One answer of a family about one purpose; the latest for a purpose is the one that holds. */
public record Consent(long id, ConsentPurpose purpose, boolean given, ConsentChannel channel, String wordsShown, String recordedBy,
        OffsetDateTime recordedAt) {
}
