package org.strands.directory;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

/**
 * Reminds those who look after the directory before its entries go stale: when an entry's review date is 30 days off
 * (or has passed), its owner gets an email listing it, or, when the owner is not a member of the area with an email
 * address, every member who curates the directory does. Each review date is reminded of once; a reminder that cannot be
 * sent is tried again at the next run.
 */
@Component
class ReviewReminders {

    private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** An entry due for review, not yet reminded of for its date. */
    record Due(UUID id, String name, String owner, LocalDate reviewOn) {
    }

    private final JdbcClient db;
    private final AreaRegistry areas;
    private final AreaMembers members;
    private final PermissionTable permissions;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String publicUrl;
    private final String from;

    ReviewReminders(JdbcClient db, AreaRegistry areas, AreaMembers members, PermissionTable permissions, JavaMailSender mail, Clock clock,
            @Value("${strands.public-url}") String publicUrl, @Value("${strands.mail.from:strands@localhost}") String from) {
        this.db = db;
        this.areas = areas;
        this.members = members;
        this.permissions = permissions;
        this.mail = mail;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.from = from;
    }

    /** Sends the reminders due now, in every area: how many entries were reminded of. */
    int remind() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.LONDON));
        int reminded = 0;
        for (Area area : areas.all()) {
            List<Due> due = db.sql("""
                    select id, name, owner, review_on from directory_entry
                    where area_id = ? and status <> 'ARCHIVED' and review_on <= ? and reminded_for is distinct from review_on
                    order by review_on, lower(name), id""").params(area.id(), today.plusDays(DirectoryCuration.REVIEW_WARNING_DAYS))
                    .query(Due.class).list();
            if (!due.isEmpty()) {
                reminded += remind(area, due, today);
            }
        }
        return reminded;
    }

    private int remind(Area area, List<Due> due, LocalDate today) {
        List<AreaMembers.Member> curators = members.reachable(area.id(), permissions.get(DirectoryPermissions.CURATE).roles());
        if (curators.isEmpty()) {
            return 0;
        }
        Map<AreaMembers.Member, List<Due>> byRecipient = new LinkedHashMap<>();
        for (Due entry : due) {
            Optional<AreaMembers.Member> owner = curators.stream().filter(m -> entry.owner() != null
                    && (m.username().equalsIgnoreCase(entry.owner().strip()) || m.email().equalsIgnoreCase(entry.owner().strip()))).findFirst();
            (owner.isPresent() ? List.of(owner.get()) : curators)
                    .forEach(m -> byRecipient.computeIfAbsent(m, k -> new ArrayList<>()).add(entry));
        }
        java.util.Set<UUID> sent = new java.util.HashSet<>();
        byRecipient.forEach((member, entries) -> {
            try {
                mail.send(message(area, member, entries, today));
                entries.forEach(e -> sent.add(e.id()));
            } catch (MailException | MessagingException e) {
                log.warn("A review reminder for {} in {} was not sent, to be tried again: {}", member.username(), area.slug(), e.getMessage());
            }
        });
        for (Due entry : due) {
            if (sent.contains(entry.id())) {
                db.sql("update directory_entry set reminded_for = ? where id = ? and review_on = ?").params(entry.reviewOn(), entry.id(),
                        entry.reviewOn()).update();
            }
        }
        return sent.size();
    }

    private MimeMessage message(Area area, AreaMembers.Member to, List<Due> entries, LocalDate today) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to.email()));
        message.setSubject((entries.size() == 1 ? "1 directory entry" : entries.size() + " directory entries") + " to check in " + area.name(),
                "UTF-8");
        StringBuilder text = new StringBuilder("Hello " + to.displayName() + ",\n\nThese entries of " + area.name()
                + "'s directory of local support are due to be checked, so that families read what is right:\n\n");
        for (Due e : entries) {
            text.append("- ").append(e.name()).append(": ")
                    .append(e.reviewOn().isBefore(today) ? "review was due on " : "review by ").append(DAY.format(e.reviewOn())).append("\n  ")
                    .append(publicUrl).append("/areas/").append(area.slug()).append("/directory/").append(e.id()).append("\n");
        }
        text.append("\nOpen each one, check it with the service, and save it with its next review date.\n\nStrands\n");
        message.setText(text.toString(), "UTF-8");
        return message;
    }
}
