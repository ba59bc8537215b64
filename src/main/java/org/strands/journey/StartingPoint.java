package org.strands.journey;

import java.time.LocalDate;

/** A recent contact or request a journey may start from: its id, day, how it came and where. */
public record StartingPoint(long id, LocalDate on, String route, String locality, String childRef) {
}
