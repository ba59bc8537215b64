package org.strands.linking;

/**
 * A link chosen by hand, and the warning to show plainly when it was saved over the therapist's link hours
 * ({@code null} when it fits).
 */
public record LinkChoice(Assignment assignment, String warning) {
}
