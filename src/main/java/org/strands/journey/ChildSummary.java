package org.strands.journey;

import java.time.LocalDate;
import java.time.YearMonth;

/** One child in a list: no NHS number and no contact details. */
public record ChildSummary(long id, String ref, YearMonth bornMonth, String settingRef, String locality, Long openJourneyId,
        LocalDate openSince, String lead) {
}
