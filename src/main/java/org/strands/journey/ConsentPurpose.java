package org.strands.journey;

import org.strands.provision.Choice;

/** What a family may agree to, with the words shown to them when they are asked. */
public enum ConsentPurpose implements Choice {
    FOLLOW_UP_MESSAGES("Follow-up messages",
            "We would like to send you a short message in a few weeks to ask how things are going. You can say no, and you can change your mind at any time."),
    SHARING_WITH_SETTING("Sharing with the child's school or setting",
            "We would like to share your child's goals and support plan with their school or setting, so that staff can help. You can say no, and you can change your mind at any time.");

    private final String label;
    private final String words;

    ConsentPurpose(String label, String words) {
        this.label = label;
        this.words = words;
    }

    @Override
    public String label() {
        return label;
    }

    /** The words shown to the family when they are asked, stored with their answer. */
    public String words() {
        return words;
    }
}
