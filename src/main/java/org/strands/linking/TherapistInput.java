package org.strands.linking;

/**
 * A therapist as a person or a file gives them: a name, link hours, and a base, either a school, setting or
 * venue of the area by its ref (a URN, or v and a venue id), or a latitude and longitude with a name.
 */
public record TherapistInput(String name, Double linkHours, String base, String baseName, Double latitude, Double longitude) {
}
