package org.strands.journey;

/** Someone of the child's family to contact: a name, and an email address or a UK mobile number (or both). */
public record FamilyContact(String name, String email, String mobile) {
}
