package org.strands.access.web;

import org.strands.access.BookingRequest;
import org.strands.platform.FormErrors;
import org.strands.platform.Numbers;

/** The booking form as a family filled it in, kept as typed so that it is shown again unchanged when something is wrong. */
record BookingCommand(String name, String email, String phone, String childAgeYears, String concern, Boolean followUpOptIn) {

    static BookingCommand empty() {
        return new BookingCommand(null, null, null, null, null, null);
    }

    BookingRequest toRequest(FormErrors errors) {
        return new BookingRequest(name, email, phone, errors.parse("childAgeYears", childAgeYears, Numbers::wholeInt), concern,
                Boolean.TRUE.equals(followUpOptIn));
    }
}
