package org.strands.need.web;

/** The need model form as entered. */
record NeedModelCommand(String targetedRate, String deprivationMultiplier, String specialistRate, String specialistWeight) {
}
