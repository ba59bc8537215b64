package org.strands.followup;

/** How a family is reached: by email or by text message. */
public enum Channel {
    EMAIL,
    SMS
}
