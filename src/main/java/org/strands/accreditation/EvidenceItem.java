package org.strands.accreditation;

import java.time.OffsetDateTime;

/**
 * One piece of a setting's evidence, against a criterion or the whole self-evaluation ({@code criterion} null): a file
 * (its name, checked type and size; the bytes are fetched apart), a link, a note, or a fact Strands holds.
 */
public record EvidenceItem(long id, String criterion, Kind kind, String title, String link, String note, String fileName,
        String contentType, Long sizeBytes, String addedBy, OffsetDateTime addedAt) {

    public enum Kind {
        FILE("File"), LINK("Link"), NOTE("Note"), FACT("Fact held by Strands");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
