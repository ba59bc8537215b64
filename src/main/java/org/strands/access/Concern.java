package org.strands.access;

import org.strands.provision.Choice;

/** What a family or practitioner is worried about, in the words the register uses. */
public enum Concern implements Choice {
    UNDERSTANDING("Understanding what is said"),
    TALKING("Talking: words and sentences"),
    SPEECH_SOUNDS("Speech sounds: hard to understand"),
    STAMMERING("Stammering"),
    SOCIAL("Social communication and play"),
    ATTENTION("Attention and listening"),
    LANGUAGES("Learning more than one language"),
    VOICE("Voice"),
    OTHER("Something else");

    private final String label;

    Concern(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
