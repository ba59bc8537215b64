package org.strands.access;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a service lead schedules: a session on a day, or the same session each week for a number of weeks.
 *
 * @param weeks 1 for a one-off; up to {@value DropIns#MOST_WEEKS} for a weekly series
 */
public record SessionPlan(String title, String about, String settingRef, LocalDate date, LocalTime starts, LocalTime ends,
        Integer capacity, boolean walkIns, List<String> leaders, Integer weeks) {

    public SessionPlan {
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
    }
}
