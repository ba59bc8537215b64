package org.strands.directory;

import java.time.Instant;
import org.strands.platform.Area;

/** A published entry of the directory as the feed shares it: with its area, and when it last changed. */
public record PublishedEntry(Area area, DirectoryEntry entry, Instant lastModified) {
}
