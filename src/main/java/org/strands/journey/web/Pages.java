package org.strands.journey.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.strands.platform.AreaContext;
import org.strands.platform.Formats;
import org.strands.platform.FormErrors;
import org.strands.platform.InvalidInput;
import org.strands.platform.Options;
import org.strands.provision.Choice;

/** What the journey pages share: their addresses, choices as options, and dates as typed. */
final class Pages {

    private Pages() {
    }

    static String child(AreaContext area, long id) {
        return "/areas/" + area.area().slug() + "/children/" + id;
    }

    static <E extends Enum<E> & Choice> Map<String, String> options(Class<E> type) {
        return Options.of(List.of(type.getEnumConstants()), Enum::name, Choice::label);
    }

    /** Every error of a refusal beside its field; an error about the journey as a whole goes to the first field. */
    static void add(FormErrors errors, InvalidInput e, String first) {
        errors.addAll(e, column -> column.equals("journey") ? first : column);
    }

    static LocalDate today(java.time.Clock clock) {
        return LocalDate.ofInstant(clock.instant(), Formats.LONDON);
    }

    static String day(LocalDate d) {
        return d == null ? null : String.valueOf(d.getDayOfMonth());
    }

    static String month(LocalDate d) {
        return d == null ? null : String.valueOf(d.getMonthValue());
    }

    static String year(LocalDate d) {
        return d == null ? null : String.valueOf(d.getYear());
    }

    static void errors(FormErrors errors, Model model) {
        errors.addTo(model);
    }
}
