package org.strands.followup;

/**
 * When an area's follow-ups go, and how.
 *
 * @param firstAfterDays days after the first contact that the family is asked
 * @param reminderAfterDays days after the first message that a reminder goes if they have not answered; 0 for none
 * @param expiresAfterDays days after the first message that the link stops working
 * @param afterDischargeDays days after discharge that the family is asked again; null for never
 * @param notifyKeySet whether a Notify API key is stored (the key itself is never shown again)
 * @param callbackTokenSet whether a bearer token for Notify's delivery receipts is stored
 */
public record FollowUpSettings(int firstAfterDays, int reminderAfterDays, int expiresAfterDays, Integer afterDischargeDays, Provider provider,
        String emailFrom, boolean notifyKeySet, String notifyEmailTemplate, String notifySmsTemplate, boolean callbackTokenSet) {

    static final FollowUpSettings DEFAULTS = new FollowUpSettings(42, 7, 28, 42, Provider.LOG, null, false, null, null, false);
}
