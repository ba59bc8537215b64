package org.strands.access;

import java.util.List;
import java.util.Map;

/**
 * The requests that match a filter, longest wait first, with the number still waiting in each band.
 *
 * @param total how many requests match, of which {@code requests} holds the first
 */
public record WaitingList(Map<WaitBand, Long> waitingByBand, long total, List<SupportRequest> requests) {

    /** What the list is narrowed to; null is any. */
    public record Filter(Route route, String locality, RequestStatus status) {
        public static final Filter WAITING = new Filter(null, null, RequestStatus.WAITING);
    }

    public long waiting() {
        return waitingByBand.values().stream().mapToLong(Long::longValue).sum();
    }
}
