package org.strands.followup;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Sends by GOV.UK Notify with the area's key and templates, filling the template with a greeting, the area's name and
 * the two links, and giving Notify our reference so that a message cut off by a crash can be found there. Keeps under
 * Notify's limit of 3,000 messages a minute per key on this node: at most 2,900 a minute after a burst of 100, waiting
 * up to two seconds for room before answering "try again".
 */
@Component
class NotifySender implements Sender {

    static final long PER_MINUTE = 2_900;
    static final long BURST = 100;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private final NotifyClient notify;
    private final Cache<String, Bucket> limits = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(10_000).build();

    NotifySender(@Value("${strands.notify.base-url:https://api.notifications.service.gov.uk}") String baseUrl) {
        this.notify = new NotifyClient(baseUrl, Duration.ofSeconds(5), Duration.ofSeconds(15), java.time.Clock.systemUTC());
    }

    /** Notify's validation errors about the address name its field. */
    private static final java.util.regex.Pattern ADDRESS_FIELD = java.util.regex.Pattern.compile("\\b(email_address|phone_number)\\b");

    @Override
    public Provider provider() {
        return Provider.NOTIFY;
    }

    @Override
    public Sent send(Outbound message, ProviderSettings settings, Runnable handingOver) {
        boolean email = message.channel() == Channel.EMAIL;
        String template = email ? settings.notifyEmailTemplate() : settings.notifySmsTemplate();
        if (template == null || template.isBlank()) {
            return new Sent.TryAgain("the area has no Notify template for " + (email ? "email" : "text messages") + ": add it in the settings");
        }
        try {
            if (!limit(settings.notifyApiKey()).asBlocking().tryConsume(1, LONGEST_WAIT)) {
                return new Sent.TryAgain("keeping under Notify's rate limit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent.TryAgain("interrupted while keeping under Notify's rate limit");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(email ? "email_address" : "phone_number", message.address());
        body.put("template_id", template);
        body.put("personalisation", Map.of("greeting", message.greeting(), "area", message.areaName(), "link", message.answerLink(),
                "stop_link", message.withdrawLink(), "reminder", message.reminder() ? "yes" : "no"));
        body.put("reference", message.reference().toString());
        handingOver.run();
        try {
            NotifyClient.Answer answer = notify.post(email ? "/v2/notifications/email" : "/v2/notifications/sms", settings.notifyApiKey(), body);
            return classify(answer);
        } catch (NotifyClient.BadKey e) {
            return new Sent.TryAgain(e.getMessage() + ": put it right in the settings");
        } catch (IOException e) {
            return new Sent.TryAgain("Notify could not be reached: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Whether Notify already has a message with our reference. A failure to ask is thrown, not taken for "no": sending
     * again on a guess could send twice.
     *
     * @throws java.io.UncheckedIOException when Notify could not be asked
     */
    @Override
    public Optional<Sent.Accepted> lookUp(UUID reference, ProviderSettings settings) {
        try {
            NotifyClient.Answer answer = notify.get("/v2/notifications", Map.of("reference", reference.toString()), settings.notifyApiKey());
            if (answer.status() != 200) {
                throw new java.io.UncheckedIOException(new IOException("Notify answered " + answer.status() + " when asked for a reference"));
            }
            for (JsonNode n : answer.body().path("notifications")) {
                if (reference.toString().equals(n.path("reference").asString("")) && n.hasNonNull("id")) {
                    return Optional.of(new Sent.Accepted(n.get("id").asString()));
                }
            }
            return Optional.empty();
        } catch (NotifyClient.BadKey e) {
            return Optional.empty(); // nothing can have been sent with a key Notify would not take
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Notify's status of one notification ({@code delivered}, {@code permanent-failure}…), empty when it cannot say now. */
    Optional<String> status(String notificationId, ProviderSettings settings) {
        try {
            NotifyClient.Answer answer = notify.get("/v2/notifications/" + java.net.URLEncoder.encode(notificationId, StandardCharsets.UTF_8),
                    Map.of(), settings.notifyApiKey());
            return answer.status() == 200 && answer.body().hasNonNull("status") ? Optional.of(answer.body().get("status").asString())
                    : Optional.empty();
        } catch (NotifyClient.BadKey | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * 201 taken; a 400 about the address refused for good with Notify's words; anything else (a key or template Notify
     * will not take, its rate limit, its own faults) again later.
     */
    static Sent classify(NotifyClient.Answer answer) {
        int status = answer.status();
        if (status == 201 || status == 200) {
            return answer.body().hasNonNull("id") ? new Sent.Accepted(answer.body().get("id").asString())
                    : new Sent.TryAgain("Notify's answer had no id");
        }
        if (status == 400 && ADDRESS_FIELD.matcher(answer.errors()).find()) {
            return Sent.Refused.address("Notify: " + answer.errors());
        }
        return new Sent.TryAgain("Notify: " + answer.errors());
    }

    private Bucket limit(String apiKey) {
        return limits.get(fingerprint(apiKey), key -> Bucket.builder()
                .addLimit(l -> l.capacity(BURST).refillGreedy(PER_MINUTE, Duration.ofMinutes(1))).build());
    }

    /** The key as a hash, so that keys are not kept in memory longer than the send that uses them. */
    private static String fingerprint(String apiKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(apiKey).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
