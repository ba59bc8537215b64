package org.strands.followup;

/** An area's provider and what it needs, the Notify key opened from its seal. */
record ProviderSettings(Provider provider, String emailFrom, String notifyApiKey, String notifyEmailTemplate, String notifySmsTemplate) {
}
