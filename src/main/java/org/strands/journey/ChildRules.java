package org.strands.journey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.strands.platform.EmailAddresses;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowErrors;
import org.strands.platform.TextLimits;

/** Reads a child's details as they will be stored, every problem named by its field. */
final class ChildRules {

    /** Children and young people are supported up to 25. */
    static final int OLDEST = 25;
    static final int MOST_LANGUAGES = 10;
    static final int MOST_CONTACTS = 3;
    private static final Pattern MOBILE = Pattern.compile("^07\\d{9}$");

    private ChildRules() {
    }

    /** The details cleaned (NHS number as ten digits, blanks dropped), or every problem found in {@code errors}. */
    static ChildDetails read(ChildDetails typed, LocalDate today, RowErrors errors) {
        String nhs = blank(typed.nhsNumber());
        if (nhs != null) {
            nhs = NhsNumber.read(nhs.length() > 40 ? "" : nhs).orElse(null);
            if (nhs == null) {
                errors.add(0, "nhsNumber", "Enter a valid NHS number of 10 digits, like 943 476 5919, or leave it blank.");
            }
        }
        YearMonth now = YearMonth.from(today);
        if (typed.bornMonth() == null) {
            errors.add(0, "bornMonth", "Enter the month and year the child was born.");
        } else if (typed.bornMonth().isAfter(now)) {
            errors.add(0, "bornMonth", "Enter a month of birth up to this month.");
        } else if (typed.bornMonth().isBefore(now.minusYears(OLDEST))) {
            errors.add(0, "bornMonth", "Enter a month of birth in the last " + OLDEST + " years: support is for children and young people up to "
                    + OLDEST + ".");
        }
        List<String> languages = new ArrayList<>();
        for (String language : typed.languages()) {
            String l = blank(language);
            if (l == null) {
                continue;
            }
            if (l.length() > TextLimits.NAME || TextLimits.hasNul(l)) {
                errors.add(0, "languages", "Enter each language in at most 200 characters.");
            } else if (!languages.contains(l)) {
                languages.add(l);
            }
        }
        if (languages.size() > MOST_LANGUAGES) {
            errors.add(0, "languages", "Enter at most " + MOST_LANGUAGES + " languages.");
        }
        List<FamilyContact> contacts = new ArrayList<>();
        if (typed.contacts().size() > MOST_CONTACTS) {
            errors.add(0, "contacts", "Enter at most " + MOST_CONTACTS + " family contacts.");
        } else {
            for (int i = 0; i < typed.contacts().size(); i++) {
                FamilyContact c = contact(typed.contacts().get(i), "contact" + (i + 1), errors);
                if (c != null) {
                    contacts.add(c);
                }
            }
        }
        return new ChildDetails(nhs, typed.bornMonth(), blank(typed.smallArea()), blank(typed.settingRef()), languages,
                typed.interpreterNeeded(), typed.sex(), typed.ethnicity(), contacts);
    }

    private static FamilyContact contact(FamilyContact typed, String field, RowErrors errors) {
        if (typed == null) {
            return null;
        }
        String name = blank(typed.name());
        String email = null;
        String mobile = null;
        boolean bad = false;
        try {
            email = EmailAddresses.read(typed.email());
        } catch (InvalidInput e) {
            errors.add(0, field + "Email", e.getMessage());
            bad = true;
        }
        String typedMobile = blank(typed.mobile());
        if (typedMobile != null) {
            mobile = mobile(typedMobile);
            if (mobile == null) {
                errors.add(0, field + "Mobile", "Enter a UK mobile number, like 07700 900123.");
                bad = true;
            }
        }
        if (name == null && email == null && mobile == null) {
            return null;
        }
        if (name == null) {
            errors.add(0, field + "Name", "Enter the name of the family member to contact.");
            bad = true;
        } else if (name.length() > TextLimits.NAME || TextLimits.hasNul(name)) {
            errors.add(0, field + "Name", "Enter a name of at most 200 characters.");
            bad = true;
        }
        if (!bad && email == null && mobile == null) {
            errors.add(0, field + "Email", "Enter an email address or a mobile number for " + name + ".");
        }
        return new FamilyContact(name, email, mobile);
    }

    /** A UK mobile number in the form 07700900123, from any usual way of writing it; null if it is not one. */
    static String mobile(String text) {
        if (text.length() > 30) {
            return null;
        }
        String digits = text.replaceAll("[\\s().-]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        return MOBILE.matcher(digits).matches() ? digits : null;
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
