package org.strands.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One caller of the permission matrix: a signed-in browser session (with its CSRF token) or an anonymous one. */
final class MatrixCaller {

    record Answer(int status, String body, Optional<String> location) {
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "matrix-boundary";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private final String label;
    private final Role role;
    private final boolean memberOfTheArea;
    private final boolean systemAdmin;
    private final boolean anonymous;
    private String csrf;

    private MatrixCaller(int port, String label, Role role, boolean memberOfTheArea, boolean systemAdmin, boolean anonymous) {
        this.base = "http://localhost:" + port;
        this.label = label;
        this.role = role;
        this.memberOfTheArea = memberOfTheArea;
        this.systemAdmin = systemAdmin;
        this.anonymous = anonymous;
    }

    static MatrixCaller signedIn(int port, String label, String username, Role role, boolean memberOfTheArea, boolean systemAdmin) {
        MatrixCaller caller = new MatrixCaller(port, label, role, memberOfTheArea, systemAdmin, false);
        caller.csrf = caller.token();
        Answer signIn = caller.send(HttpRequest.newBuilder(URI.create(caller.base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf="
                        + URLEncoder.encode(caller.csrf, StandardCharsets.UTF_8))));
        if (signIn.status() != 302 || signIn.location().filter(l -> l.contains("error")).isPresent()) {
            throw new IllegalStateException(username + " could not sign in: " + signIn.status() + " " + signIn.location());
        }
        caller.csrf = caller.token();
        return caller;
    }

    static MatrixCaller anonymous(int port) {
        MatrixCaller caller = new MatrixCaller(port, "someone not signed in", null, false, false, true);
        caller.csrf = caller.token();
        return caller;
    }

    String label() {
        return label;
    }

    Role role() {
        return role;
    }

    boolean memberOfTheArea() {
        return memberOfTheArea;
    }

    boolean systemAdmin() {
        return systemAdmin;
    }

    boolean anonymous() {
        return anonymous;
    }

    /** Calls the mapping: with the variant that changes nothing if the caller may, with the well-formed one if not. */
    Answer call(MatrixRequest request, boolean mayDoIt) {
        String path = mayDoIt ? request.poisonedPath() : request.path();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", request.accept())
                .header("X-CSRF-TOKEN", csrf);
        HttpRequest.BodyPublisher body = switch (request.body()) {
            case NONE -> HttpRequest.BodyPublishers.noBody();
            case JSON -> {
                builder.header("Content-Type", "application/json");
                yield HttpRequest.BodyPublishers.ofString(mayDoIt ? "{" : request.listBody() ? "[]" : "{}");
            }
            case MULTIPART -> {
                builder.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
                yield HttpRequest.BodyPublishers.ofByteArray(multipart(request, mayDoIt));
            }
            case FORM -> {
                builder.header("Content-Type", "application/x-www-form-urlencoded");
                yield HttpRequest.BodyPublishers.ofString(mayDoIt ? invalidForm() : "");
            }
        };
        return send(builder.method(request.verb(), body));
    }

    /** Any request in this caller's session, with its CSRF token; no body when {@code body} is null. */
    Answer send(String verb, String path, String accept, String contentType, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).header("X-CSRF-TOKEN", csrf);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(verb, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Fields that fail each form's own validation before anything is stored. */
    private static String invalidForm() {
        return "roles=NOT_A_ROLE&seconds=abc&dueOn=not-a-date&ageFrom=abc&latitude=abc&thinBelow=abc&fromTherapy="
                + "x".repeat(4001);
    }

    private static byte[] multipart(MatrixRequest request, boolean mayDoIt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> fields = new ArrayList<>(mayDoIt ? List.of("nothing") : request.textParams());
        for (String field : fields) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\nmatrix\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (!mayDoIt && request.fileParam() != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + request.fileParam()
                    + "\"; filename=\"matrix.csv\"\r\nContent-Type: text/csv\r\n\r\nname\r\nmatrix\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String token() {
        Answer page = send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).GET());
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page for " + label);
        }
        return m.group(1);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
