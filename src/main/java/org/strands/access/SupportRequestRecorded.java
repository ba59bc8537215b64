package org.strands.access;

import java.time.LocalDate;

/**
 * A request for support was recorded, by hand or opened by an easy-access contact. Later modules start a child's journey
 * from it.
 *
 * @param contactId the contact that opened it, or null
 * @param childRef the service's own reference for the child as typed, or null
 */
public record SupportRequestRecorded(long areaId, long requestId, Route route, LocalDate receivedOn, String childRef, String locality,
        Long contactId) {
}
