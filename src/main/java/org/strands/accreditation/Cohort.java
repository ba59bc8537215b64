package org.strands.accreditation;

import java.time.LocalDate;

/** A group of settings the area funds through the scheme together, such as "2027 schools and settings". */
public record Cohort(long id, String name, LocalDate startsOn, String createdBy, int settings) {
}
