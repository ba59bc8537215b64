package org.strands.followup;

/** Where a follow-up is: waiting for its day, asked, answered, failed, stopped by the family or staff, or run out. */
public enum FollowUpStatus {
    DUE,
    SENT,
    ANSWERED,
    FAILED,
    WITHDRAWN,
    EXPIRED
}
