package org.strands.linking;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The words for a therapist who would have more link time than their link hours. */
final class OverHours {

    private OverHours() {
    }

    /** Refused: "Pat would have 73 hours of 72: 1 hour over. Choose another therapist, or confirm …". */
    static String refusal(String name, double hours, double linkHours) {
        return name + " would have " + hours(hours) + " of " + number(linkHours) + ": " + hours(hours - linkHours)
                + " over. Choose another therapist, or confirm to save it over their hours.";
    }

    /** Saved anyway: said plainly, never as a plain success. */
    static String warning(String name, double hours, double linkHours) {
        return name + " now has " + hours(hours) + " of " + number(linkHours) + ": " + hours(hours - linkHours)
                + " over their link hours. Move a school or setting to another therapist, or give " + name + " more link hours.";
    }

    static String hours(double hours) {
        return number(hours) + (Math.abs(hours - 1) < 0.05 ? " hour" : " hours");
    }

    /** Whole numbers without decimals, others to one decimal place, with thousands separators. */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return new DecimalFormat(rounded == Math.rint(rounded) ? "#,##0" : "#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(rounded);
    }
}
