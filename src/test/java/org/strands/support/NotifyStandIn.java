package org.strands.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in for GOV.UK Notify's HTTP API on a free local port: sends of email and text messages (which need a bearer
 * JWT), notifications found by reference or id. It can be told to answer the next calls with an error as Notify would.
 */
public final class NotifyStandIn implements AutoCloseable {

    /** A request it took: the kind (email or sms), the JSON sent and the bearer it came with. */
    public record Received(String kind, JsonNode body, String bearer) {
    }

    private record Canned(int status, String body) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> notifications = new ConcurrentHashMap<>();
    private final Deque<Canned> next = new ConcurrentLinkedDeque<>();

    private NotifyStandIn(HttpServer server) {
        this.server = server;
    }

    public static NotifyStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            NotifyStandIn standIn = new NotifyStandIn(server);
            server.createContext("/v2/notifications", standIn::handle);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The next {@code times} calls are answered with this status and Notify's error body. */
    public void failNext(int times, int status, String error, String message) {
        String body = "{\"status_code\":" + status + ",\"errors\":[{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}]}";
        for (int i = 0; i < times; i++) {
            next.add(new Canned(status, body));
        }
    }

    /** Sets the status Notify gives a notification it holds. */
    public void setStatus(String id, String status) {
        Optional.ofNullable(notifications.get(id)).orElseThrow().put("status", status);
    }

    /** Notify holding a notification with this reference already (as after a send cut off by a crash). */
    public String hold(String reference, String status) {
        String id = UUID.randomUUID().toString();
        ObjectNode n = JSON.createObjectNode().put("id", id).put("reference", reference).put("status", status).put("type", "email");
        notifications.put(id, n);
        return id;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String bearer = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
            if (!bearer.matches("Bearer [A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+")) {
                answer(exchange, 403, "{\"status_code\":403,\"errors\":[{\"error\":\"AuthError\",\"message\":\"Unauthorized: authentication token must be provided\"}]}");
                return;
            }
            Canned canned = next.poll();
            if (canned != null) {
                answer(exchange, canned.status(), canned.body());
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && (path.equals("/v2/notifications/email") || path.equals("/v2/notifications/sms"))) {
                JsonNode body = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                String kind = path.substring(path.lastIndexOf('/') + 1);
                received.add(new Received(kind, body, bearer.substring(7)));
                String id = UUID.randomUUID().toString();
                ObjectNode n = JSON.createObjectNode().put("id", id).put("reference", body.path("reference").asString(null))
                        .put("status", "created").put("type", kind);
                notifications.put(id, n);
                answer(exchange, 201, JSON.createObjectNode().put("id", id).put("reference", body.path("reference").asString(null)).toString());
            } else if ("GET".equals(exchange.getRequestMethod()) && path.equals("/v2/notifications")) {
                String query = Optional.ofNullable(exchange.getRequestURI().getQuery()).orElse("");
                String reference = query.startsWith("reference=") ? query.substring("reference=".length()) : null;
                List<JsonNode> found = new ArrayList<>(notifications.values().stream()
                        .filter(n -> reference == null || reference.equals(n.path("reference").asString(null))).toList());
                ObjectNode answer = JSON.createObjectNode();
                answer.putArray("notifications").addAll(found);
                answer.putObject("links");
                answer(exchange, 200, answer.toString());
            } else if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/v2/notifications/")) {
                ObjectNode n = notifications.get(path.substring("/v2/notifications/".length()));
                if (n == null) {
                    answer(exchange, 404, "{\"status_code\":404,\"errors\":[{\"error\":\"NoResultFound\",\"message\":\"No result found\"}]}");
                } else {
                    answer(exchange, 200, n.toString());
                }
            } else {
                answer(exchange, 404, "{\"status_code\":404,\"errors\":[{\"error\":\"NotFound\",\"message\":\"Not found\"}]}");
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
