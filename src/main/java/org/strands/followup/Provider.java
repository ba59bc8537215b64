package org.strands.followup;

/** What carries an area's messages: GOV.UK Notify, the area's mail server, or nothing but a list (the demo). */
public enum Provider {
    LOG,
    SMTP,
    NOTIFY
}
