/**
 * Family follow-up: families who opt in are asked some weeks later, by a message with a link and nothing about the
 * child, to say what changed. Consents kept as history, schedules per area, messages sent once from an outbox by
 * GOV.UK Notify, SMTP or a log channel, delivery receipts, withdrawal from every message. Learns of contacts and
 * answers from access's and journey's events. Depends on platform, access and journey.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Family follow-up", allowedDependencies = {"platform", "access", "journey"})
package org.strands.followup;
