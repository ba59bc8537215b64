package org.strands.access;

import java.util.UUID;

/**
 * A booking made, or found again for a repeated request with the same Idempotency-Key.
 *
 * @param replayed true when this is the first booking returned again, not a new one
 */
public record Booked(UUID id, DropInSession session, boolean replayed) {
}
