package org.strands.followup;

/** The words of a message sent by the log channel or SMTP; Notify fills the area's own template with the same parts. */
final class MessageText {

    private MessageText() {
    }

    static String subject(Outbound m) {
        return (m.reminder() ? "Reminder: " : "") + "How are things going? From " + m.areaName();
    }

    static String body(Outbound m) {
        return m.greeting() + "\n\n"
                + (m.reminder() ? "We wrote a little while ago. " : "")
                + "A few weeks ago you talked to " + m.areaName() + "'s speech, language and communication support. "
                + "Would you tell us how things are going now? It takes about two minutes:\n" + m.answerLink() + "\n\n"
                + "The link works for a few weeks. If you would rather not hear from us again, use this link:\n" + m.withdrawLink() + "\n";
    }
}
