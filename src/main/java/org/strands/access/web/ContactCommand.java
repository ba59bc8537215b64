package org.strands.access.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.strands.access.Concern;
import org.strands.access.ContactDetails;
import org.strands.access.ContactOutcome;
import org.strands.access.Route;
import org.strands.platform.FormErrors;
import org.strands.platform.Numbers;
import org.strands.provision.Choice;

/** The contact form as typed: the family's worry, the advice given, what it ended in and the offers pointed to. */
record ContactCommand(String sessionId, String bookingId, String route, String contactOnDay, String contactOnMonth,
        String contactOnYear, String childAgeYears, String settingRef, List<String> concerns, String advice, List<String> outcomes,
        List<String> offerIds) {

    ContactCommand {
        concerns = concerns == null ? List.of() : List.copyOf(concerns);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        offerIds = offerIds == null ? List.of() : List.copyOf(offerIds);
    }

    static ContactCommand forToday(Long sessionId, UUID bookingId, Integer childAgeYears, LocalDate today) {
        return new ContactCommand(sessionId == null ? null : sessionId.toString(), bookingId == null ? null : bookingId.toString(),
                sessionId == null ? null : Route.EASY_ACCESS.name(), String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()),
                childAgeYears == null ? null : childAgeYears.toString(), null, List.of(), null, List.of(), List.of());
    }

    ContactDetails toDetails(FormErrors errors) {
        return new ContactDetails(errors.parse("sessionId", sessionId, Numbers::whole), uuid(errors),
                Choice.parse(Route.class, route).orElse(null), errors.date("contactOn", contactOnDay, contactOnMonth, contactOnYear),
                errors.parse("childAgeYears", childAgeYears, Numbers::wholeInt), settingRef,
                concerns.stream().map(c -> Choice.parse(Concern.class, c)).flatMap(java.util.Optional::stream).toList(), advice,
                outcomes.stream().map(o -> Choice.parse(ContactOutcome.class, o)).flatMap(java.util.Optional::stream).toList(),
                offerIds.stream().map(o -> errors.parse("offerIds", o, Numbers::whole)).filter(java.util.Objects::nonNull).toList());
    }

    private UUID uuid(FormErrors errors) {
        if (bookingId == null || bookingId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(bookingId.strip());
        } catch (IllegalArgumentException e) {
            errors.add("bookingId", "The family on the register could not be found again: open the contact form from the register.");
            return null;
        }
    }
}
