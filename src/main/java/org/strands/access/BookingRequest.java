package org.strands.access;

/**
 * What a family gives to book a place: a name, an email address or a mobile number (or both), the child's age, the
 * worry in their own words, and whether they may be asked later how things went.
 */
public record BookingRequest(String name, String email, String phone, Integer childAgeYears, String concern,
        Boolean followUpOptIn) {
}
