package org.strands.platform;

import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strands.framework.OutcomeCode;
import org.strands.support.DataTest;

/**
 * Generated from the request mappings: every endpoint is sent, by an area administrator of Stockport, a missing body,
 * a body over 1 MB, values of the wrong kind (text for numbers, an object for text, ids that are not numbers),
 * 5,001-character texts and texts holding NUL. None may answer 5xx, and none may change the data.
 */
@DataTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryEndpointRefusesBadInputTests {

    static final String LONG = "x".repeat(5_001);
    static final String NUL = "bad\u0000input";
    static final String NOT_A_NUMBER = "not-a-number";
    static final byte[] OVER_ONE_MEGABYTE = ("{\"text\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";

    /** Handled by Spring Security rather than a handler of ours, or signing the caller out: not sent. */
    static final Set<String> NOT_SENT = Set.of("/sign-in", "/sign-out");

    /**
     * Asked with nothing, these do their work with its defaults (a solve of 10 seconds) or clear what they hold (a
     * cell's expectations, left empty): that is not bad input.
     */
    static final Set<String> ACT_ON_NOTHING = Set.of("/api/v1/areas/stockport/link-therapists/solve",
            "/areas/stockport/link-therapists/solve", "/areas/stockport/provision/specification/FS1");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    People people;

    @Autowired
    AreaRegistry areas;

    @Autowired
    JdbcClient db;

    MatrixCaller admin;
    final Map<String, String> values = new LinkedHashMap<>();

    @BeforeAll
    void signIn() {
        people.ensure("bad-input-admin", "Area administrator for bad input", "demo", false);
        people.grant("bad-input-admin", areas.find("stockport").orElseThrow().id(), Role.ADMIN);
        admin = MatrixCaller.signedIn(port, "an area administrator of Stockport", "bad-input-admin", Role.ADMIN, true, false);
        values.put("area", "stockport");
        values.put("ref", "106074");
        values.put("urn", "106074");
        // accreditation: review
        values.put("strand", "family-support");
        values.put("code", OutcomeCode.ALL.getFirst().code());
        values.put("username", "practitioner");
        values.put("dataset", "gias");
        values.put("group", "all");
        values.put("token", "x".repeat(43));
        values.put("booking", java.util.UUID.randomUUID().toString());
        values.put("id", "1"); // ids are sent as "x": an id that is not a number, whatever the real one
        values.put("childId", "1");
        values.put("contactId", "1");
        // accreditation: area
        values.put("enrolment", "1");
        // accreditation: setting staff
        values.put("strand", "family-support");
    }

    record Sent(String verb, String path, String contentType, byte[] body, String what) {
    }

    @Test
    void noEndpointAnswersBadInputWithAServerErrorOrChangesTheData() {
        Map<String, String> before = fingerprint(t -> true);
        Map<String, String> changing = fingerprint(t -> !t.startsWith("ref_"));
        List<String> problems = new ArrayList<>();
        handlerMapping.getHandlerMethods().entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString())).forEach(entry -> {
            MatrixRequest request = MatrixRequest.of(entry.getKey(), entry.getValue(), values);
            if (request.declared() == MatrixRequest.Declared.LIBRARY || NOT_SENT.contains(request.path())) {
                return;
            }
            for (Sent sent : variants(request, entry.getKey(), entry.getValue())) {
                MatrixCaller.Answer answer = admin.send(sent.verb(), sent.path(), request.accept(), sent.contentType(), sent.body());
                if (answer.status() >= 500) {
                    problems.add(sent.verb() + " " + entry.getKey().getPatternValues() + " with " + sent.what() + ": " + answer.status());
                }
            }
            Map<String, String> after = fingerprint(t -> !t.startsWith("ref_"));
            if (!after.equals(changing)) {
                problems.add(request.verb() + " " + entry.getKey().getPatternValues() + " changed "
                        + after.keySet().stream().filter(t -> !after.get(t).equals(changing.get(t))).toList());
                changing.clear();
                changing.putAll(after);
            }
        });
        if (!problems.isEmpty()) {
            fail(problems.size() + " bad requests were not refused cleanly:\n" + String.join("\n", problems));
        }
        if (!fingerprint(t -> true).equals(before)) {
            fail("The data changed");
        }
    }

    private List<Sent> variants(MatrixRequest request, RequestMappingInfo info, HandlerMethod handler) {
        String verb = request.verb();
        String path = request.poisonedPath();
        List<Sent> sent = new ArrayList<>();
        boolean actsOnNothing = ACT_ON_NOTHING.contains(path);
        if (!actsOnNothing) {
            sent.add(new Sent(verb, path, null, null, "nothing"));
        }
        Map<String, Class<?>> params = new LinkedHashMap<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null && p.getParameterType() != MultipartFile.class) {
                params.put(!param.value().isEmpty() ? param.value() : p.getParameterName(), p.getParameterType());
            }
        }
        params.forEach((name, type) -> {
            for (String value : type == String.class ? List.of(LONG, NUL) : List.of(LONG, NUL, NOT_A_NUMBER)) {
                sent.add(new Sent(verb, path + (path.contains("?") ? "&" : "?") + name + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8), null, null, name + " as " + label(value)));
            }
        });
        if ("GET".equals(verb) || "DELETE".equals(verb) || request.body() == MatrixRequest.Body.MULTIPART) {
            return sent;
        }
        if (request.body() == MatrixRequest.Body.JSON) {
            MethodParameter body = bodyOf(handler, RequestBody.class);
            RequestBody annotation = body.getParameterAnnotation(RequestBody.class);
            if (annotation != null && annotation.required()) {
                sent.add(new Sent(verb, path, JSON, new byte[0], "a missing body"));
            }
            sent.add(new Sent(verb, path, JSON, OVER_ONE_MEGABYTE, "a body over 1 MB"));
            Class<?> type = body.getParameterType();
            if (Collection.class.isAssignableFrom(type)) {
                sent.add(json(verb, path, "[\"" + LONG + "\"]", "a list of a 5,001-character text"));
                sent.add(json(verb, path, "[\"bad\\u0000input\"]", "a list of a text with NUL"));
                sent.add(json(verb, path, "{\"wrong\":\"kind\"}", "an object for a list"));
            } else {
                sent.add(json(verb, path, object(type, c -> isText(c) ? "{\"wrong\":\"kind\"}" : "\"" + NOT_A_NUMBER + "\""),
                        "values of the wrong kind"));
                sent.add(json(verb, path, object(type, c -> isList(c) ? "[\"" + LONG + "\"]" : "\"" + LONG + "\""),
                        "5,001-character texts"));
                sent.add(json(verb, path, object(type, c -> isList(c) ? "[\"bad\\u0000input\"]" : "\"bad\\u0000input\""),
                        "texts with NUL"));
            }
            return sent;
        }
        List<String> fields = new ArrayList<>(params.keySet());
        List<String> numbers = params.entrySet().stream().filter(e -> e.getValue() != String.class).map(Map.Entry::getKey).toList();
        MethodParameter command = bodyOf(handler, ModelAttribute.class);
        if (command != null && command.getParameterType().isRecord()) {
            for (RecordComponent c : command.getParameterType().getRecordComponents()) {
                fields.add(c.getName());
            }
        }
        if (!actsOnNothing) {
            sent.add(new Sent(verb, path, FORM, new byte[0], "an empty form"));
        }
        sent.add(new Sent(verb, path, FORM, ("text=" + "x".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8), "a form over 1 MB"));
        sent.add(form(verb, path, fields, LONG));
        sent.add(form(verb, path, fields, NUL));
        if (!numbers.isEmpty()) {
            sent.add(form(verb, path, numbers, NOT_A_NUMBER));
        }
        return sent;
    }

    private static MethodParameter bodyOf(HandlerMethod handler, Class<? extends java.lang.annotation.Annotation> annotation) {
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(annotation)) {
                return p;
            }
        }
        return null;
    }

    private static String object(Class<?> type, Function<Class<?>, String> value) {
        if (!type.isRecord()) {
            return "{\"text\":" + value.apply(String.class) + "}";
        }
        List<String> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            fields.add("\"" + c.getName() + "\":" + value.apply(c.getType()));
        }
        return "{" + String.join(",", fields) + "}";
    }

    private static boolean isText(Class<?> type) {
        return type == String.class || isList(type);
    }

    private static boolean isList(Class<?> type) {
        return Collection.class.isAssignableFrom(type);
    }

    private static Sent json(String verb, String path, String body, String what) {
        return new Sent(verb, path, JSON, body.getBytes(StandardCharsets.UTF_8), what);
    }

    private static Sent form(String verb, String path, List<String> fields, String value) {
        String body = fields.stream().map(f -> f + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return new Sent(verb, path, FORM, body.getBytes(StandardCharsets.UTF_8), "every field as " + label(value));
    }

    private static String label(String value) {
        return value.equals(LONG) ? "5,001 characters" : value.equals(NUL) ? "text with NUL" : "text for a number";
    }

    /** Each table's rows as a count and a hash, leaving out the audit log and what only signing in changes. */
    private Map<String, String> fingerprint(java.util.function.Predicate<String> which) {
        Map<String, String> result = new TreeMap<>();
        Set<String> tables = new TreeSet<>(db.sql("select table_name from information_schema.tables where table_schema = current_schema() "
                + "and table_type = 'BASE TABLE'").query(String.class).list());
        tables.removeIf(t -> !which.test(t) || t.equals("audit_event") || t.startsWith("flyway") || t.startsWith("spring_session")
                || t.startsWith("event_publication") || t.equals("scheduled_tasks"));
        for (String t : tables) {
            result.put(t, db.sql("select count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) from \"" + t + "\" x")
                    .query(String.class).single());
        }
        return result;
    }
}
