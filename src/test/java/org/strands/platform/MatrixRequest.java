package org.strands.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * One request mapping made into a request with real values, in two variants: as sent by a caller who may
 * not call it (well-formed, real ids: a missing check would change something) and by one who may (failing
 * the handler's own validation, so that nothing changes: malformed JSON, a missing file, a number that is not
 * one, a date that is not one).
 */
record MatrixRequest(String verb, String path, String poisonedPath, String accept, Declared declared,
        String permission, boolean inArea, Body body, boolean listBody, List<String> textParams, String fileParam) {

    enum Body { NONE, JSON, MULTIPART, FORM }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    /**
     * Path variables that are names rather than numbers, given to a caller who may call the mapping as a name that
     * does not exist: removing a person has nothing to fail but the person, so the handler's own 404 is the answer.
     */
    static final Map<String, String> MISSING = Map.of("username", "no-such-person");

    /** What the handler declares, read from its annotations (a library's handlers declare nothing of ours). */
    enum Declared { PUBLIC, SIGNED_IN, REQUIRES, LIBRARY, UNDECLARED }

    static MatrixRequest of(RequestMappingInfo info, HandlerMethod handler, Map<String, String> values) {
        String pattern = info.getPatternValues().iterator().next();
        String verb = info.getMethodsCondition().getMethods().stream().findFirst().map(Enum::name).orElse("GET");
        List<String> numeric = new ArrayList<>();
        Body body = "GET".equals(verb) ? Body.NONE : "DELETE".equals(verb) ? Body.NONE : Body.FORM;
        boolean list = false;
        List<String> text = new ArrayList<>();
        String file = null;
        for (MethodParameter p : handler.getMethodParameters()) {
            Class<?> type = p.getParameterType();
            PathVariable variable = p.getParameterAnnotation(PathVariable.class);
            String variableName = variable == null ? null : variable.value().isEmpty() ? p.getParameterName() : variable.value();
            if (variable != null && (type == long.class || type == Long.class || type == int.class || type == Integer.class
                    || type == java.util.UUID.class || MISSING.containsKey(variableName))) {
                numeric.add(variableName);
            }
            if (p.hasParameterAnnotation(RequestBody.class)) {
                body = Body.JSON;
                list = Collection.class.isAssignableFrom(type);
            }
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            String name = param == null ? null : !param.value().isEmpty() ? param.value() : p.getParameterName();
            if (type == MultipartFile.class && body != Body.JSON) {
                body = Body.MULTIPART;
                file = name;
            } else if (param != null && type == String.class) {
                text.add(name);
            }
        }
        List<MediaType> produces = List.copyOf(info.getProducesCondition().getProducibleMediaTypes());
        String accept = !produces.isEmpty() ? produces.getFirst().toString()
                : pattern.startsWith("/api/") ? "application/json" : "text/html";
        Requires requires = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Requires.class);
        return new MatrixRequest(verb, fill(pattern, values, List.of()), fill(pattern, values, numeric), accept, declared(handler, pattern),
                requires == null ? null : requires.value(), pattern.contains("{area}"), body, list, text, file);
    }

    /** A page's form posted with nothing filled in. */
    static MatrixRequest page(String verb, String path) {
        return new MatrixRequest(verb, path, path, "text/html", Declared.REQUIRES, null, true,
                "GET".equals(verb) ? Body.NONE : Body.FORM, false, List.of(), null);
    }

    private static Declared declared(HandlerMethod handler, String pattern) {
        // the whole API's description is for people signed in; its public part ({group} is "all" in the matrix) and the
        // documentation page's settings for anyone
        if (pattern.startsWith("/api/docs/openapi.json") && !pattern.endsWith("/swagger-config")) {
            return Declared.SIGNED_IN;
        }
        // the error page answers with the status of the error it shows: asked for directly, there is none (500)
        if (!handler.getBeanType().getName().startsWith("org.strands.") || handler.getBeanType().getSimpleName().equals("ErrorPageController")) {
            return Declared.LIBRARY;
        }
        int declared = (handler.hasMethodAnnotation(Requires.class) ? 1 : 0) + (handler.hasMethodAnnotation(Public.class) ? 1 : 0)
                + (handler.hasMethodAnnotation(SignedIn.class) ? 1 : 0);
        if (declared != 1) {
            return Declared.UNDECLARED;
        }
        return handler.hasMethodAnnotation(Requires.class) ? Declared.REQUIRES
                : handler.hasMethodAnnotation(Public.class) ? Declared.PUBLIC : Declared.SIGNED_IN;
    }

    /** Fills each path variable with a real value ({@code {id}} by the segment before it); the numeric ones given with "x". */
    private static String fill(String pattern, Map<String, String> values, List<String> poisoned) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String before = pattern.substring(0, m.start());
            String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1);
            String twoSegments = before.substring(before.lastIndexOf('/', Math.max(0, before.length() - segment.length() - 2)) + 1);
            String value = poisoned.contains(name) ? MISSING.getOrDefault(name, "x") : values.getOrDefault(twoSegments + "{" + name + "}",
                    values.getOrDefault(segment + "{" + name + "}", values.get(name)));
            if (value == null) {
                throw new IllegalStateException("No real value for {" + name + "} in " + pattern + ": add one to the matrix");
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }
}
