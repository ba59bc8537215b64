package org.strands.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Requests as a TLS proxy in front of Strands would pass them on: over plain HTTP, saying who the client is and that it used HTTPS. */
final class ForwardedRequests {

    static final String CLIENT = "203.0.113.9";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ForwardedRequests(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    HttpResponse<String> getWithBasic(String path, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Authorization", "Basic " + credentials).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", CLIENT)
                .header("X-Forwarded-Proto", "https")
                .header("Accept", "text/html");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
