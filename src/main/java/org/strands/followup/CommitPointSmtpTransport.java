package org.strands.followup;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * The mail transport follow-ups send with (set as the session's SMTP provider): before it ends a message's data with the
 * line that makes the mail server take it, it runs what the sending thread asked, which records in the database that
 * the message is handed over. A sender stopped before that line leaves a message the server throws away, sent again
 * later; one stopped after it leaves a message the server has, never sent again. Only the moment between the record's
 * commit and the writing of that line is unknown.
 */
public class CommitPointSmtpTransport extends SMTPTransport {

    private static final ThreadLocal<Runnable> BEFORE_END_OF_DATA = new ThreadLocal<>();

    public CommitPointSmtpTransport(Session session, URLName urlName) {
        super(session, urlName);
    }

    /** Makes this the session's transport for SMTP. */
    static void useIn(Session session) {
        try {
            session.setProvider(new jakarta.mail.Provider(jakarta.mail.Provider.Type.TRANSPORT, "smtp", CommitPointSmtpTransport.class.getName(),
                    "Strands", null));
        } catch (jakarta.mail.NoSuchProviderException e) {
            throw new IllegalStateException("The follow-up's mail transport could not be set", e);
        }
    }

    /** Runs {@code send} on this thread with {@code handingOver} run just before the end of each message's data. */
    static void beforeEndOfData(Runnable handingOver, Runnable send) {
        BEFORE_END_OF_DATA.set(handingOver);
        try {
            send.run();
        } finally {
            BEFORE_END_OF_DATA.remove();
        }
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        Runnable handingOver = BEFORE_END_OF_DATA.get();
        if (handingOver != null) {
            handingOver.run();
        }
        super.finishData();
    }
}
