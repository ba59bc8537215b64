package org.strands.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.strands.platform.Area;
import org.strands.platform.AreaContext;
import org.strands.platform.AuditTrail;
import org.strands.platform.Copy;
import org.strands.platform.EmailAddresses;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;
import org.strands.platform.TextLimits;

/**
 * An area's follow-up settings as its service lead sets them: every field checked, a refusal naming each bad one and
 * storing nothing; the Notify key and the callback token kept when left blank, and never written to the audit log.
 */
@Service
public class FollowUpSetup {

    private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern TEMPLATE = Pattern.compile(UUID);
    /** Notify's keys: the key's name, the service's id and the secret, as Notify shows them. */
    private static final Pattern NOTIFY_KEY = Pattern.compile("[^\\s\\p{Cntrl}]{1,100}-" + UUID + "-" + UUID);
    private static final Pattern TOKEN = Pattern.compile("[^\\s\\p{Cntrl}]{10,200}");

    private final SettingsStore store;
    private final AuditTrail audit;

    FollowUpSetup(SettingsStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    /** The area's settings, or the defaults while it has set none. */
    public FollowUpSettings of(Area area) {
        return store.of(area.id());
    }

    /**
     * Stores the settings after checking every field; a blank Notify key or callback token keeps the one stored.
     *
     * @throws InvalidInput naming every bad field, with nothing stored
     */
    @Transactional
    public void save(AreaContext area, FollowUpSettings changed, String notifyApiKey, String callbackToken) {
        FollowUpSettings current = store.of(area.areaId());
        List<RowError> errors = new ArrayList<>();
        days(errors, "firstAfterDays", changed.firstAfterDays(), 1, 365);
        days(errors, "reminderAfterDays", changed.reminderAfterDays(), 0, 60);
        days(errors, "expiresAfterDays", changed.expiresAfterDays(), 1, 120);
        if (changed.afterDischargeDays() != null) {
            days(errors, "afterDischargeDays", changed.afterDischargeDays(), 1, 365);
        }
        if (changed.provider() == null) {
            errors.add(error("provider", "followup.invalid.provider"));
        }
        String from = emailFrom(errors, changed.emailFrom(), changed.provider() == Provider.SMTP);
        String key = blank(notifyApiKey) ? null : notifyApiKey.strip();
        if (key != null && (key.length() > TextLimits.NAME || !NOTIFY_KEY.matcher(key).matches())) {
            errors.add(error("notifyApiKey", "followup.invalid.key"));
        } else if (key == null && changed.provider() == Provider.NOTIFY && !current.notifyKeySet()) {
            errors.add(error("notifyApiKey", "followup.invalid.keyNeeded"));
        }
        String emailTemplate = template(errors, "notifyEmailTemplate", changed.notifyEmailTemplate());
        if (emailTemplate == null && changed.provider() == Provider.NOTIFY
                && errors.stream().noneMatch(e -> e.column().equals("notifyEmailTemplate"))) {
            errors.add(error("notifyEmailTemplate", "followup.invalid.templateNeeded"));
        }
        String smsTemplate = template(errors, "notifySmsTemplate", changed.notifySmsTemplate());
        String token = blank(callbackToken) ? null : callbackToken.strip();
        if (token != null && !TOKEN.matcher(token).matches()) {
            errors.add(error("callbackToken", "followup.invalid.token"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(Copy.of("followup.invalid.summary"), errors);
        }
        FollowUpSettings saved = new FollowUpSettings(changed.firstAfterDays(), changed.reminderAfterDays(), changed.expiresAfterDays(),
                changed.afterDischargeDays(), changed.provider(), from, false, emailTemplate, smsTemplate, false);
        store.save(area.areaId(), saved, key, token, area.username());
        audit.record(area.areaId(), "CONFIGURE", "follow-up-settings", area.area().slug(), String.format(
                "first after %d days, reminder after %d, link works %d, after discharge %s, provider %s, from %s, email template %s, "
                        + "text template %s, Notify key %s, callback token %s", saved.firstAfterDays(), saved.reminderAfterDays(),
                saved.expiresAfterDays(), saved.afterDischargeDays() == null ? "never" : saved.afterDischargeDays(), saved.provider(),
                from, emailTemplate, smsTemplate, key == null ? "kept" : "changed", token == null ? "kept" : "changed"));
    }

    private static void days(List<RowError> errors, String field, int days, int least, int most) {
        if (days < least || days > most) {
            errors.add(new RowError(0, field, Copy.of("followup.invalid.days", least, most)));
        }
    }

    private static String emailFrom(List<RowError> errors, String typed, boolean needed) {
        try {
            String address = EmailAddresses.read(typed);
            if (address == null && needed) {
                errors.add(error("emailFrom", "followup.invalid.emailFromNeeded"));
            }
            return address;
        } catch (InvalidInput e) {
            errors.add(error("emailFrom", "followup.invalid.emailFrom"));
            return null;
        }
    }

    private static String template(List<RowError> errors, String field, String typed) {
        if (blank(typed)) {
            return null;
        }
        String id = typed.strip();
        if (!TEMPLATE.matcher(id).matches()) {
            errors.add(error(field, "followup.invalid.template"));
            return null;
        }
        return id.toLowerCase(java.util.Locale.ROOT);
    }

    private static RowError error(String field, String code) {
        return new RowError(0, field, Copy.of(code));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
