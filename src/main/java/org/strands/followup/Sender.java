package org.strands.followup;

import java.util.Optional;
import java.util.UUID;

/** Sends by one provider. A sender classifies every failure as {@link Sent.TryAgain} or {@link Sent.Refused} and never throws. */
interface Sender {

    Provider provider();

    /**
     * Sends the message. {@code handingOver} is run just before the provider takes the message for good (a mail server
     * before the end of its data, Notify before the request); once it has returned, a message cut off by a crash counts
     * as handed over.
     */
    Sent send(Outbound message, ProviderSettings settings, Runnable handingOver);

    default Sent send(Outbound message, ProviderSettings settings) {
        return send(message, settings, () -> { });
    }

    /**
     * Whether {@link #lookUp} can tell that the provider does not have a message (Notify keeps our references). A mail
     * server cannot be asked: a message it was handed counts as sent, one it was not is sent again.
     */
    default boolean keepsReferences() {
        return true;
    }

    /**
     * After a send cut off by a crash: whether the provider already has the message with this reference. Empty when
     * the provider cannot tell (SMTP), so the message is sent again with the same reference.
     */
    Optional<Sent.Accepted> lookUp(UUID reference, ProviderSettings settings);

    /** A sending run on this thread has ended: anything held open for it is let go. */
    default void runEnded() {
    }
}
