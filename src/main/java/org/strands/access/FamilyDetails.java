package org.strands.access;

import java.util.regex.Pattern;
import org.strands.platform.EmailAddresses;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowErrors;
import org.strands.platform.TextLimits;

/** Reads what a family typed, the same on the booking page and in the public API, every problem named by its field. */
final class FamilyDetails {

    /** The longest worry a family may write: about a page. */
    static final int LONGEST_CONCERN = 2_000;
    /** Children and young people with special educational needs are supported up to 25. */
    static final int OLDEST = 25;
    private static final Pattern MOBILE = Pattern.compile("^07\\d{9}$");

    private FamilyDetails() {
    }

    /** The request as it will be stored (trimmed, phone in one form), or every problem found. */
    static BookingRequest read(BookingRequest typed) {
        RowErrors errors = new RowErrors();
        String name = blank(typed.name());
        if (name == null) {
            errors.add(0, "name", "Enter your name.");
        } else if (name.length() > TextLimits.NAME) {
            errors.add(0, "name", "Enter a name of at most 200 characters.");
        }
        String email = null;
        try {
            email = EmailAddresses.read(typed.email());
        } catch (InvalidInput e) {
            errors.add(0, "email", e.getMessage());
        }
        String phone = mobile(typed.phone(), errors);
        if (email == null && phone == null && !errors.kept().stream().anyMatch(e -> e.column().equals("email") || e.column().equals("phone"))) {
            errors.add(0, "email", "Enter an email address or a mobile number, so that we can confirm your place.");
        }
        if (typed.childAgeYears() == null) {
            errors.add(0, "childAgeYears", "Enter your child's age in years; 0 for a baby under one.");
        } else if (typed.childAgeYears() < 0 || typed.childAgeYears() > OLDEST) {
            errors.add(0, "childAgeYears", "Enter your child's age in years, from 0 to " + OLDEST + ".");
        }
        String concern = blank(typed.concern());
        if (concern == null) {
            errors.add(0, "concern", "Tell us briefly what you would like to talk about.");
        } else if (concern.length() > LONGEST_CONCERN) {
            errors.add(0, "concern", "Keep it to 2,000 characters; you can say more on the day.");
        }
        if (!errors.isEmpty()) {
            throw errors.refused("The booking was not made.");
        }
        return new BookingRequest(name, email, phone, typed.childAgeYears(), concern, Boolean.TRUE.equals(typed.followUpOptIn()));
    }

    /** A UK mobile number in the form 07700900123, from any usual way of writing it (+44 7700 900123, 07700-900-123). */
    static String mobile(String typed, RowErrors errors) {
        String text = blank(typed);
        if (text == null) {
            return null;
        }
        if (text.length() > 30) {
            errors.add(0, "phone", "Enter a UK mobile number, like 07700 900123.");
            return null;
        }
        String digits = text.replaceAll("[\\s().-]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        if (!MOBILE.matcher(digits).matches()) {
            errors.add(0, "phone", "Enter a UK mobile number, like 07700 900123.");
            return null;
        }
        return digits;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
