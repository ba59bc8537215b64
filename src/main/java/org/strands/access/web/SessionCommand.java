package org.strands.access.web;

import java.util.List;
import org.strands.access.SessionPlan;
import org.strands.platform.Dates;
import org.strands.platform.FormErrors;
import org.strands.platform.Numbers;

/** The form to schedule a session, as typed. */
record SessionCommand(String title, String about, String settingRef, String dateDay, String dateMonth, String dateYear, String starts,
        String ends, String capacity, Boolean walkIns, List<String> leaders, String weeks) {

    SessionCommand {
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
    }

    static SessionCommand empty() {
        return new SessionCommand("Talking matters drop-in", null, null, null, null, null, "09:30", "11:30", "8", true, List.of(), "1");
    }

    SessionPlan toPlan(FormErrors errors) {
        return new SessionPlan(title, about, settingRef, errors.date("date", dateDay, dateMonth, dateYear),
                errors.parse("starts", starts, Dates::time), errors.parse("ends", ends, Dates::time),
                errors.parse("capacity", capacity, Numbers::wholeInt), Boolean.TRUE.equals(walkIns), leaders,
                errors.parse("weeks", weeks, Numbers::wholeInt));
    }
}
