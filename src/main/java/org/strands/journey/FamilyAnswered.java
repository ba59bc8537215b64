package org.strands.journey;

/**
 * A family's answers to one part of a questionnaire were stored, typed in with a practitioner or on the family's own
 * page, for a journey or for a contact (one of the two is null). The journey's summary is brought up to date in the
 * same transaction; the next issue's follow-ups learn from it that a part was answered.
 */
public record FamilyAnswered(long areaId, long answerSetId, Long journeyId, Long contactId, int part) {
}
