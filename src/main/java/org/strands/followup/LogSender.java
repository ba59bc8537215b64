package org.strands.followup;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's provider: sends nothing. The message's words are already kept (sealed) with it, and the follow-ups page
 * lists them as what would have been sent; the log says only that one went, without the address.
 */
@Component
class LogSender implements Sender {

    private static final Logger log = LoggerFactory.getLogger(LogSender.class);

    @Override
    public Provider provider() {
        return Provider.LOG;
    }

    @Override
    public Sent send(Outbound message, ProviderSettings settings, Runnable handingOver) {
        handingOver.run();
        log.info("Follow-up {} message {} kept for the list of messages the demo would have sent", message.channel(), message.reference());
        return new Sent.Accepted("log-" + message.reference());
    }

    @Override
    public Optional<Sent.Accepted> lookUp(UUID reference, ProviderSettings settings) {
        return Optional.of(new Sent.Accepted("log-" + reference));
    }
}
