package org.strands.followup;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends by the area's mail server (spring.mail.*), in plain text, from the area's address. The Message-ID is made from
 * our reference. The message is marked as handed over just before the end of its data (the mail server's point of no
 * return, {@link CommitPointSmtpTransport}), so that after a crash a message handed over is not sent again and one
 * that was not is. One connection carries a sending run's messages, one after another (a new connection for each costs
 * more than the message); it is closed when the run ends or anything goes wrong. Text messages cannot go this way.
 */
@Component
class SmtpSender implements Sender {

    private static final Pattern REPLY = Pattern.compile("\\s*([45])\\d\\d[ -]");

    private final JavaMailSenderImpl mail;
    /**
     * Messages sent on one connection before it is closed and another opened: some mail servers take no more on one
     * connection (Exchange's default is 20).
     */
    static final int MESSAGES_PER_CONNECTION = 20;

    /** The connection of the thread sending a run, open between its messages, and how many it has carried. */
    private final ThreadLocal<Connection> connection = new ThreadLocal<>();

    private static final class Connection {

        private final Transport transport;
        private int carried;

        Connection(Transport transport) {
            this.transport = transport;
        }
    }

    SmtpSender(JavaMailSenderImpl mail) {
        this.mail = mail;
        CommitPointSmtpTransport.useIn(mail.getSession());
    }

    @Override
    public Provider provider() {
        return Provider.SMTP;
    }

    @Override
    public Sent send(Outbound message, ProviderSettings settings, Runnable handingOver) {
        if (message.channel() != Channel.EMAIL) {
            return Sent.Refused.message("text messages need GOV.UK Notify");
        }
        String messageId = messageId(message.reference());
        MimeMessage mime = new WithMessageId(mail.getSession(), messageId);
        try {
            mime.setFrom(new InternetAddress(settings.emailFrom(), true));
            mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.address(), true));
            mime.setSubject(MessageText.subject(message), StandardCharsets.UTF_8.name());
            mime.setText(MessageText.body(message), StandardCharsets.UTF_8.name());
            mime.saveChanges();
        } catch (AddressException e) {
            return Sent.Refused.address("not an email address");
        } catch (MessagingException | RuntimeException e) {
            return Sent.Refused.message("the message could not be made: " + e.getMessage());
        }
        Transport transport;
        try {
            transport = connected();
        } catch (AuthenticationFailedException e) {
            return new Sent.TryAgain("the mail server refused our sign-in: " + e.getMessage());
        } catch (MessagingException e) {
            return new Sent.TryAgain("the mail server could not be reached: " + e.getMessage());
        }
        try {
            CommitPointSmtpTransport.beforeEndOfData(handingOver, () -> {
                try {
                    transport.sendMessage(mime, mime.getAllRecipients());
                } catch (MessagingException e) {
                    throw new NotTaken(e);
                }
            });
            return new Sent.Accepted(messageId);
        } catch (NotTaken e) {
            runEnded();
            return classify(e.getCause());
        }
    }

    /** Closes this thread's connection, if it has one. */
    @Override
    public void runEnded() {
        Connection open = connection.get();
        connection.remove();
        if (open != null) {
            try {
                open.transport.close();
            } catch (MessagingException e) {
                // the connection is gone either way
            }
        }
    }

    private Transport connected() throws MessagingException {
        Connection open = connection.get();
        if (open != null && open.carried < MESSAGES_PER_CONNECTION && open.transport.isConnected()) {
            open.carried++;
            return open.transport;
        }
        runEnded();
        Transport transport = mail.getSession().getTransport("smtp");
        transport.connect(mail.getHost(), mail.getPort(), blankAsNull(mail.getUsername()), blankAsNull(mail.getPassword()));
        open = new Connection(transport);
        open.carried++;
        connection.set(open);
        return transport;
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
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
    private static Sent classify(Throwable e) {
        boolean invalid = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the mail server's reply (Angus Mail's SMTPAddressFailedException, SMTPSendFailedException) starts with its code
            Matcher reply = REPLY.matcher(String.valueOf(t.getMessage()));
            if (t instanceof MessagingException && t.getClass().getSimpleName().startsWith("SMTP") && reply.lookingAt()) {
                String words = reply((MessagingException) t);
                return reply.group(1).equals("5") ? Sent.Refused.address("the mail server refused the message: " + words)
                        : new Sent.TryAgain("the mail server deferred the message: " + words);
            }
            invalid |= t instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0;
        }
        return invalid ? Sent.Refused.address("the mail server called the address invalid")
                : new Sent.TryAgain("the mail server could not take the message: " + e.getMessage());
    }

    private static String reply(MessagingException e) {
        String text = String.valueOf(e.getMessage()).strip();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** A message that keeps our Message-ID when it is saved, instead of making a fresh one. */
    private static final class WithMessageId extends MimeMessage {

        private final String messageId;

        WithMessageId(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** Carries the mail server's refusal out of the send. */
    private static final class NotTaken extends RuntimeException {

        NotTaken(MessagingException cause) {
            super(cause);
        }
    }
}
