package org.strands.journey.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strands.journey.Child;
import org.strands.journey.ChildDetails;
import org.strands.journey.Ethnicity;
import org.strands.journey.FamilyContact;
import org.strands.journey.Sex;
import org.strands.platform.FormErrors;
import org.strands.provision.Choice;

/** The child's details as typed: month and year of birth in two boxes, languages separated by commas, two family contacts. */
record ChildForm(String nhsNumber, String bornMonth, String bornYear, String smallArea, String settingRef, String languages,
        List<String> interpreterNeeded, String sex, String ethnicity, String contact1Name, String contact1Email, String contact1Mobile,
        String contact2Name, String contact2Email, String contact2Mobile) {

    ChildForm {
        interpreterNeeded = interpreterNeeded == null ? List.of() : List.copyOf(interpreterNeeded);
    }

    static ChildForm empty() {
        return new ChildForm(null, null, null, null, null, null, List.of(), null, null, null, null, null, null, null, null);
    }

    static ChildForm of(Child c) {
        FamilyContact one = c.contacts().isEmpty() ? new FamilyContact(null, null, null) : c.contacts().getFirst();
        FamilyContact two = c.contacts().size() < 2 ? new FamilyContact(null, null, null) : c.contacts().get(1);
        return new ChildForm(c.nhsNumber(), String.valueOf(c.bornMonth().getMonthValue()), String.valueOf(c.bornMonth().getYear()),
                c.smallArea(), c.settingRef(), String.join(", ", c.languages()), c.interpreterNeeded() ? List.of("yes") : List.of(),
                c.sex() == null ? null : c.sex().name(), c.ethnicity() == null ? null : c.ethnicity().name(), one.name(), one.email(),
                one.mobile(), two.name(), two.email(), two.mobile());
    }

    ChildDetails read(FormErrors errors) {
        YearMonth born = null;
        if (isBlank(bornMonth) && isBlank(bornYear)) {
            errors.add("bornMonth", "Enter the month and year the child was born.");
        } else {
            try {
                born = YearMonth.of(Integer.parseInt(bornYear.strip()), Integer.parseInt(bornMonth.strip()));
            } catch (RuntimeException e) {
                errors.add("bornMonth", "Enter the month as a number from 1 to 12 and the year in four digits, like 3 and 2021.");
            }
        }
        List<String> langs = languages == null ? List.of() : Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<FamilyContact> contacts = new ArrayList<>();
        contacts.add(new FamilyContact(contact1Name, contact1Email, contact1Mobile));
        contacts.add(new FamilyContact(contact2Name, contact2Email, contact2Mobile));
        return new ChildDetails(nhsNumber, born, smallArea, settingRef, langs, interpreterNeeded.contains("yes"),
                Choice.parse(Sex.class, sex).orElse(null), Choice.parse(Ethnicity.class, ethnicity).orElse(null), contacts);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
