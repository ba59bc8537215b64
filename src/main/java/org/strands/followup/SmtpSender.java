package org.strands.followup;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends by the area's mail server (spring.mail.*), in plain text, from the area's address. The Message-ID is made from
 * our reference. The message is marked as handed over just before the end of its data (the mail server's point of no
 * return, {@link CommitPointSmtpTransport}), so that after a crash a message handed over is not sent again and one
 * that was not is. Text messages cannot go this way.
 */
@Component
class SmtpSender implements Sender {

    private static final Pattern REPLY = Pattern.compile("\\s*([45])\\d\\d[ -]");

    private final JavaMailSender mail;

    SmtpSender(JavaMailSender mail) {
        this.mail = mail;
        if (mail instanceof org.springframework.mail.javamail.JavaMailSenderImpl sender) {
            CommitPointSmtpTransport.useIn(sender.getSession());
        }
    }

    @Override
    public Provider provider() {
        return Provider.SMTP;
    }

    @Override
    public Sent send(Outbound message, ProviderSettings settings, Runnable handingOver) {
        if (message.channel() != Channel.EMAIL) {
            return new Sent.Refused("text messages need GOV.UK Notify");
        }
        String messageId = messageId(message.reference());
        MimeMessage mime;
        try {
            mime = mail.createMimeMessage();
            // kept by JavaMailSender when it saves the message, instead of a fresh one
            mime.setHeader("Message-ID", messageId);
            mime.setFrom(new InternetAddress(settings.emailFrom(), true));
            mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.address(), true));
            mime.setSubject(MessageText.subject(message), StandardCharsets.UTF_8.name());
            mime.setText(MessageText.body(message), StandardCharsets.UTF_8.name());
        } catch (AddressException e) {
            return new Sent.Refused("not an email address");
        } catch (MessagingException | RuntimeException e) {
            return new Sent.Refused("the message could not be made: " + e.getMessage());
        }
        try {
            CommitPointSmtpTransport.beforeEndOfData(handingOver, () -> mail.send(mime));
            return new Sent.Accepted(messageId);
        } catch (MailAuthenticationException e) {
            return new Sent.TryAgain("the mail server refused our sign-in: " + e.getMessage());
        } catch (MailSendException e) {
            return classify(e);
        } catch (MailException e) {
            return new Sent.TryAgain("the mail server could not be reached: " + e.getMessage());
        }
    }

    /** A mail server cannot be asked: this is what the message was sent as, for one that was handed over. */
    @Override
    public Optional<Sent.Accepted> lookUp(UUID reference, ProviderSettings settings) {
        return Optional.of(new Sent.Accepted(messageId(reference)));
    }

    @Override
    public boolean keepsReferences() {
        return false;
    }

    static String messageId(UUID reference) {
        return "<" + reference + "@strands>";
    }

    /** A 5xx about the recipient (or an address the server calls invalid) is for good; anything else is tried again. */
    private static Sent classify(MailSendException e) {
        boolean invalid = false;
        for (Exception failed : e.getFailedMessages().values()) {
            for (Throwable t = failed; t != null; t = t.getCause() == t ? null : t.getCause()) {
                // the mail server's reply (Angus Mail's SMTPAddressFailedException, SMTPSendFailedException) starts with its code
                Matcher reply = REPLY.matcher(String.valueOf(t.getMessage()));
                if (t instanceof MessagingException && t.getClass().getSimpleName().startsWith("SMTP") && reply.lookingAt()) {
                    String words = reply((MessagingException) t);
                    return reply.group(1).equals("5") ? new Sent.Refused("the mail server refused the message: " + words)
                            : new Sent.TryAgain("the mail server deferred the message: " + words);
                }
                invalid |= t instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                        && sendFailed.getInvalidAddresses().length > 0;
            }
        }
        return invalid ? new Sent.Refused("the mail server called the address invalid")
                : new Sent.TryAgain("the mail server could not take the message: " + e.getMessage());
    }

    private static String reply(MessagingException e) {
        String text = String.valueOf(e.getMessage()).strip();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
