package org.strands.followup;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * GOV.UK Notify's HTTP API (v2), called with the JDK's client: every call bounded by timeouts, nothing set for the whole
 * JVM. The bearer is Notify's JWT (HS256, {@code iss} the service id, {@code iat} now) signed with the key's secret; the
 * key reads {@code {name}-{service id}-{secret}}, both ids 36 characters.
 */
final class NotifyClient {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int ID_LENGTH = 36;

    /** Notify's answer: its status and body (an empty object when there was none or it was not JSON). */
    record Answer(int status, JsonNode body) {

        /** Notify's own words for an error: the message of each of its errors. */
        String errors() {
            if (!body.has("errors")) {
                return "status " + status;
            }
            java.util.List<String> messages = new java.util.ArrayList<>();
            body.get("errors").forEach(e -> messages.add(e.path("error").asString("") + ": " + e.path("message").asString("")));
            String text = String.join("; ", messages);
            return text.length() > 1000 ? text.substring(0, 1000) : text;
        }
    }

    /** A key that is not in Notify's format. */
    static final class BadKey extends Exception {
        BadKey() {
            super("the area's Notify API key is not in Notify's format", null, false, false);
        }
    }

    private final String baseUrl;
    private final HttpClient http;
    private final Duration timeout;
    private final Clock machine;

    /**
     * @param machine the machine's own clock, never the application's: Notify refuses a token whose {@code iat} is more
     *     than 30 seconds from its time, and the demo moves the application's clock forward
     */
    NotifyClient(String baseUrl, Duration connectTimeout, Duration timeout, Clock machine) {
        this.machine = machine;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
    }

    Answer post(String path, String apiKey, Map<String, ?> body) throws IOException, BadKey {
        return send(request(path, apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    Answer get(String path, Map<String, String> query, String apiKey) throws IOException, BadKey {
        String q = query.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(q.isEmpty() ? path : path + "?" + q, apiKey).GET());
    }

    private HttpRequest.Builder request(String path, String apiKey) throws BadKey {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout).header("Accept", "application/json")
                .header("User-Agent", "strands").header("Authorization", "Bearer " + bearer(apiKey, machine.instant()));
    }

    private Answer send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body;
            try {
                body = response.body() == null || response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                body = JSON.createObjectNode();
            }
            return new Answer(response.statusCode(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Notify's JWT for one request, issued at {@code now}. */
    static String bearer(String apiKey, Instant now) throws BadKey {
        if (apiKey == null || apiKey.length() < 2 * ID_LENGTH + 2) {
            throw new BadKey();
        }
        String secret = apiKey.substring(apiKey.length() - ID_LENGTH);
        String serviceId = apiKey.substring(apiKey.length() - 2 * ID_LENGTH - 1, apiKey.length() - ID_LENGTH - 1);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"iss\":\"" + serviceId.replaceAll("[^0-9a-fA-F-]", "") + "\",\"iat\":"
                + now.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + base64.encodeToString(signature);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
