package org.strands.directory;

import java.util.List;
import org.strands.provision.Choice;

/**
 * What a family may be worried about, in their words, and the words a service describing help with it uses: a family
 * starts from the worry, and finds the entries tagged with it or whose text speaks of it.
 */
public enum Worry implements Choice {
    NOT_TALKING("Not talking yet, or only a few words", List.of("talk", "talking", "words", "first words", "late talker", "language", "speech")),
    HARD_TO_UNDERSTAND("Hard to understand when they talk", List.of("speech sounds", "clear speech", "understand", "pronounce", "speech")),
    UNDERSTANDING("Does not seem to understand what is said", List.of("understanding", "understand", "listening", "attention", "language")),
    STAMMERING("Stammering", List.of("stammer", "stammering", "stutter", "fluency")),
    PLAY_AND_SOCIAL("Playing and getting on with others", List.of("play", "social", "interaction", "communication", "autism")),
    SCHOOL("Struggling at school", List.of("school", "classroom", "learning", "reading", "teacher", "senco")),
    LANGUAGES("Learning more than one language", List.of("bilingual", "languages", "home language", "english as an additional language")),
    VOICE("A hoarse or unusual voice", List.of("voice", "hoarse"));

    private final String label;
    private final List<String> words;

    Worry(String label, List<String> words) {
        this.label = label;
        this.words = words;
    }

    @Override
    public String label() {
        return label;
    }

    /** The words of a service that speaks of this worry, as one web-search query ("a" or "b c" or …). */
    String query() {
        return String.join(" or ", words.stream().map(w -> w.contains(" ") ? "\"" + w + "\"" : w).toList());
    }
}
