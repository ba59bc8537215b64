package org.strands.accreditation;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.strands.platform.Area;
import org.strands.platform.AreaMembers;
import org.strands.platform.AreaRegistry;
import org.strands.platform.Formats;
import org.strands.platform.PermissionTable;
import org.strands.platform.Role;

/**
 * Reminds settings and the people who run the scheme before an award runs out: when an award expires within
 * {@value #WARNING_DAYS} days, the setting's own staff and the area's members who run the scheme, each with an email
 * address, get an email. Each expiry date is reminded of once; a reminder that cannot be sent is tried again at the next
 * run. An award whose date has passed lapses, kept in its history as changed by Strands.
 */
@Component
class RenewalReminders {

    /** How many days before an award expires its reminder goes. */
    static final int WARNING_DAYS = 90;
    static final String LAPSE_REASON = "Not renewed within three years";

    private static final Logger log = LoggerFactory.getLogger(RenewalReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** An award due for renewal, not yet reminded of for its expiry date. */
    record Due(long id, String settingRef, String status, LocalDate expiresOn) {
    }

    /** What one run did. */
    record Run(int reminded, int lapsed) {
    }

    private final JdbcClient db;
    private final AreaRegistry areas;
    private final AreaMembers members;
    private final PermissionTable permissions;
    private final SettingStaff staff;
    private final Enrolments enrolments;
    private final SchemeStatuses statuses;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String publicUrl;
    private final String from;

    RenewalReminders(JdbcClient db, AreaRegistry areas, AreaMembers members, PermissionTable permissions, SettingStaff staff,
            Enrolments enrolments, SchemeStatuses statuses, JavaMailSender mail, Clock clock,
            @Value("${strands.public-url}") String publicUrl, @Value("${strands.mail.from:strands@localhost}") String from) {
        this.db = db;
        this.areas = areas;
        this.members = members;
        this.permissions = permissions;
        this.staff = staff;
        this.enrolments = enrolments;
        this.statuses = statuses;
        this.mail = mail;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.from = from;
    }

    /** Lapses the awards that have run out and sends the reminders due now, in every area. */
    Run run() {
        int reminded = 0;
        int lapsed = 0;
        for (Area area : areas.all()) {
            Run one = run(area);
            reminded += one.reminded();
            lapsed += one.lapsed();
        }
        return new Run(reminded, lapsed);
    }

    /** As {@link #run()}, in one area. */
    Run run(Area area) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
        int lapsed = lapse(area, today);
        return new Run(remind(area, today), lapsed);
    }

    private int lapse(Area area, LocalDate today) {
        List<Long> expired = db.sql("""
                select id from accreditation_enrolment
                where area_id = ? and status in ('ACCREDITED', 'CENTRE_OF_EXCELLENCE') and expires_on < ? order by id""")
                .params(area.id(), today).query(Long.class).list();
        int lapsed = 0;
        for (long id : expired) {
            try {
                statuses.move(area, id, SchemeStatus.LAPSED, "Strands", LAPSE_REASON);
                lapsed++;
            } catch (org.strands.platform.Conflict e) {
                log.info("Award {} in {} was changed meanwhile: {}", id, area.slug(), e.getMessage());
            }
        }
        return lapsed;
    }

    private int remind(Area area, LocalDate today) {
        List<Due> due = db.sql("""
                select id, setting_ref, status, expires_on from accreditation_enrolment
                where area_id = ? and status in ('ACCREDITED', 'CENTRE_OF_EXCELLENCE') and expires_on >= ? and expires_on <= ?
                  and renewal_reminded_for is distinct from expires_on
                  -- a setting already renewing (on a later journey) needs no reminder
                  and not exists (select 1 from accreditation_enrolment later where later.area_id = accreditation_enrolment.area_id
                      and later.setting_ref = accreditation_enrolment.setting_ref and later.joined_on > accreditation_enrolment.joined_on)
                order by expires_on, id""").params(area.id(), today, today.plusDays(WARNING_DAYS)).query(Due.class).list();
        if (due.isEmpty()) {
            return 0;
        }
        Set<Role> runners = EnumSet.noneOf(Role.class);
        runners.addAll(permissions.get(AccreditationPermissions.RUN).roles());
        List<AreaMembers.Member> withEmail = members.reachable(area.id(), EnumSet.allOf(Role.class));
        List<SettingStaff.Tie> ties = staff.ties(area);
        int reminded = 0;
        for (Due award : due) {
            Map<String, AreaMembers.Member> to = new LinkedHashMap<>();
            for (AreaMembers.Member m : withEmail) {
                boolean ownStaff = m.roles().contains(Role.SETTING_STAFF)
                        && ties.stream().anyMatch(t -> t.settingRef().equals(award.settingRef()) && t.username().equals(m.username()));
                if (ownStaff || m.roles().stream().anyMatch(runners::contains)) {
                    to.put(m.username(), m);
                }
            }
            if (to.isEmpty()) {
                continue;
            }
            Enrolment journey = enrolments.byId(area, award.id());
            List<String> refused = new ArrayList<>();
            for (AreaMembers.Member m : to.values()) {
                try {
                    mail.send(message(area, m, journey, today));
                } catch (MailException | MessagingException e) {
                    refused.add(m.username());
                    log.warn("A renewal reminder for {} in {} was not sent to {}, to be tried again: {}", award.settingRef(), area.slug(),
                            m.username(), e.getMessage());
                }
            }
            if (refused.isEmpty()) {
                db.sql("update accreditation_enrolment set renewal_reminded_for = ? where id = ? and expires_on = ?")
                        .params(award.expiresOn(), award.id(), award.expiresOn()).update();
                reminded++;
            }
        }
        return reminded;
    }

    private MimeMessage message(Area area, AreaMembers.Member to, Enrolment journey, LocalDate today) throws MessagingException {
        String award = journey.status() == SchemeStatus.CENTRE_OF_EXCELLENCE ? "Centre of Excellence status" : "accreditation";
        MimeMessage message = mail.createMimeMessage();
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to.email()));
        message.setSubject(journey.setting() + ": " + award + " to renew by " + DAY.format(journey.expiresOn()), "UTF-8");
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, journey.expiresOn());
        String text = "Hello " + to.displayName() + ",\n\n"
                + journey.setting() + "'s " + award + " in " + area.name() + "'s schools and settings scheme ends on "
                + DAY.format(journey.expiresOn()) + ", in " + (days == 1 ? "1 day" : days + " days") + ".\n\n"
                + "An award lasts three years. To keep it, the setting joins a new cohort and works through the scheme again with its "
                + "mentor. If it is not renewed, the award lapses on that date.\n\n"
                + "See the setting in the scheme:\n" + publicUrl + "/areas/" + area.slug() + "/scheme/settings/" + journey.settingRef() + "\n\n"
                + "Strands\n";
        message.setText(text, "UTF-8");
        return message;
    }
}
