package org.strands.provision.web;

import java.time.LocalDate;
import java.util.List;
import org.strands.platform.BadValue;
import org.strands.platform.Dates;
import org.strands.platform.FormErrors;
import org.strands.provision.Action;
import org.strands.provision.ActionPlan;

/**
 * The action form as entered. The due date comes in day, month and year boxes; a whole date typed into the day box
 * ("31/03/2027") is read too.
 */
record ActionCommand(String title, String owner, String dueOnDay, String dueOnMonth, String dueOnYear, List<String> outcomes,
        List<String> localities) {

    ActionCommand {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        localities = localities == null ? List.of() : List.copyOf(localities);
    }

    static ActionCommand empty() {
        return new ActionCommand(null, null, null, null, null, null, null);
    }

    static ActionCommand of(Action a) {
        LocalDate due = a.dueOn();
        return new ActionCommand(a.title(), a.owner(), due == null ? null : String.valueOf(due.getDayOfMonth()),
                due == null ? null : String.valueOf(due.getMonthValue()), due == null ? null : String.valueOf(due.getYear()),
                a.outcomes(), a.localities());
    }

    ActionPlan.NewAction toAction(FormErrors errors) {
        return new ActionPlan.NewAction(title, outcomes, localities, owner, dueOn(errors));
    }

    private LocalDate dueOn(FormErrors errors) {
        boolean wholeDateInDayBox = dueOnDay != null && !dueOnDay.strip().matches("\\d*") && blank(dueOnMonth) && blank(dueOnYear);
        if (!wholeDateInDayBox) {
            return errors.date("dueOn", dueOnDay, dueOnMonth, dueOnYear);
        }
        try {
            return Dates.date(dueOnDay);
        } catch (BadValue e) {
            errors.add("dueOn", "dueOn-day", e.getMessage());
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
