package org.strands.linking.web;

/** The place-link-therapists form: how long to look, in seconds, as entered. */
record SolveCommand(String seconds) {
}
