package org.strands.followup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strands.platform.ContactCipher;

/** Each area's follow-up settings; the defaults for an area that has not set its own. */
@Repository
class SettingsStore {

    private final JdbcClient db;
    private final ContactCipher cipher;

    SettingsStore(JdbcClient db, ContactCipher cipher) {
        this.db = db;
        this.cipher = cipher;
    }

    FollowUpSettings of(long areaId) {
        return db.sql("""
                select first_after_days, reminder_after_days, expires_after_days, after_discharge_days, provider, email_from,
                       notify_api_key is not null as notify_key_set, notify_email_template, notify_sms_template,
                       notify_callback_hash is not null as callback_token_set
                from followup_settings where area_id = ?""").param(areaId)
                .query((rs, n) -> new FollowUpSettings(rs.getInt("first_after_days"), rs.getInt("reminder_after_days"),
                        rs.getInt("expires_after_days"), (Integer) rs.getObject("after_discharge_days", Integer.class),
                        Provider.valueOf(rs.getString("provider")), rs.getString("email_from"), rs.getBoolean("notify_key_set"),
                        rs.getString("notify_email_template"), rs.getString("notify_sms_template"), rs.getBoolean("callback_token_set")))
                .optional().orElse(FollowUpSettings.DEFAULTS);
    }

    /** What a sender needs, the Notify key opened. */
    ProviderSettings provider(long areaId) {
        return db.sql("""
                select provider, email_from, notify_api_key, notify_email_template, notify_sms_template
                from followup_settings where area_id = ?""").param(areaId)
                .query((rs, n) -> new ProviderSettings(Provider.valueOf(rs.getString("provider")), rs.getString("email_from"),
                        cipher.open(rs.getBytes("notify_api_key")), rs.getString("notify_email_template"), rs.getString("notify_sms_template")))
                .optional().orElse(new ProviderSettings(Provider.LOG, null, null, null, null));
    }

    /**
     * Stores the settings; a Notify key or callback token left blank keeps the one stored.
     */
    void save(long areaId, FollowUpSettings s, String notifyApiKey, String callbackToken, String by) {
        db.sql("""
                insert into followup_settings (area_id, first_after_days, reminder_after_days, expires_after_days, after_discharge_days, provider,
                    email_from, notify_api_key, notify_email_template, notify_sms_template, notify_callback_hash, updated_by, updated_at)
                values (:area, :first, :reminder, :expires, :discharge, :provider, :from, :key, :emailTemplate, :smsTemplate, :callback, :by, now())
                on conflict (area_id) do update set first_after_days = excluded.first_after_days,
                    reminder_after_days = excluded.reminder_after_days, expires_after_days = excluded.expires_after_days,
                    after_discharge_days = excluded.after_discharge_days, provider = excluded.provider, email_from = excluded.email_from,
                    notify_api_key = coalesce(excluded.notify_api_key, followup_settings.notify_api_key),
                    notify_email_template = excluded.notify_email_template, notify_sms_template = excluded.notify_sms_template,
                    notify_callback_hash = coalesce(excluded.notify_callback_hash, followup_settings.notify_callback_hash),
                    updated_by = excluded.updated_by, updated_at = now()""")
                .param("area", areaId).param("first", s.firstAfterDays()).param("reminder", s.reminderAfterDays())
                .param("expires", s.expiresAfterDays()).param("discharge", s.afterDischargeDays()).param("provider", s.provider().name())
                .param("from", s.emailFrom()).param("key", blank(notifyApiKey) ? null : cipher.seal(notifyApiKey.strip()))
                .param("emailTemplate", s.notifyEmailTemplate()).param("smsTemplate", s.notifySmsTemplate())
                .param("callback", blank(callbackToken) ? null : Addresses.sha256(callbackToken.strip())).param("by", by)
                .update();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
