package org.strands.journey.web;

/** A family's answer about one purpose, as chosen. */
record ConsentForm(String purpose, String given, String channel) {

    static ConsentForm empty() {
        return new ConsentForm(null, null, null);
    }
}
