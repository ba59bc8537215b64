package org.strands.followup;

import java.util.Optional;
import java.util.UUID;

/** Sends by one provider. A sender classifies every failure as {@link Sent.TryAgain} or {@link Sent.Refused} and never throws. */
interface Sender {

    Provider provider();

    Sent send(Outbound message, ProviderSettings settings);

    /**
     * After a send cut off by a crash: whether the provider already has the message with this reference. Empty when
     * the provider cannot tell (SMTP), so the message is sent again with the same reference.
     */
    Optional<Sent.Accepted> lookUp(UUID reference, ProviderSettings settings);
}
