package org.strands.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.strands.platform.BadValue;
import org.strands.platform.Copy;
import org.strands.platform.DemoModeOnly;
import org.strands.platform.DemoTime;
import org.strands.platform.Formats;
import org.strands.platform.Numbers;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Requires;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's clock, for the system administrator: {@code GET} shows how far ahead it runs, {@code POST
 * {"offsetDays": n}} moves it (0 to 3650 days ahead of the system clock; 0 puts it back), so that the weeks between a
 * contact and its follow-up pass in minutes. Only in the demo: elsewhere the path does not exist.
 */
@RestController
@Conditional(DemoModeOnly.class)
class ClockApiController {

    static final String FIELD = "offsetDays";

    /** How far ahead the clock runs, the time it gives and today's date by it (in Europe/London). */
    record ClockJson(int offsetDays, Instant now, LocalDate today) {
    }

    private final DemoTime time;
    private final Clock clock;
    private final JsonMapper json;

    ClockApiController(DemoTime time, Clock clock, JsonMapper json) {
        this.time = time;
        this.clock = clock;
        this.json = json;
    }

    @Requires(PlatformPermissions.MOVE_CLOCK)
    @GetMapping("/api/v1/admin/clock")
    ClockJson clock() {
        int days = time.offsetDays();
        Instant now = clock.instant();
        return new ClockJson(days, now, LocalDate.ofInstant(now, Formats.LONDON));
    }

    /** The body is read here rather than bound, so that whatever is wrong with it is answered naming offsetDays. */
    @Requires(PlatformPermissions.MOVE_CLOCK)
    @PostMapping("/api/v1/admin/clock")
    ClockJson move(@RequestBody(required = false) String body) {
        time.moveTo(offsetDays(body));
        return clock();
    }

    @ExceptionHandler(BadOffset.class)
    ProblemDetail badOffset(BadOffset e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The input was not accepted");
        problem.setProperty("errors", List.of(Map.of("row", 0, "column", FIELD, "message", e.getMessage())));
        return problem;
    }

    private int offsetDays(String body) {
        JsonNode value;
        try {
            JsonNode root = body == null || body.isBlank() ? null : json.readTree(body);
            value = root != null && root.isObject() ? root.get(FIELD) : null;
        } catch (JacksonException e) {
            throw new BadOffset("clock.offsetDays.unreadable");
        }
        if (value == null || value.isNull()) {
            throw new BadOffset("clock.offsetDays.missing");
        }
        Integer days = null;
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            days = value.intValue();
        } else if (value.isString()) {
            try {
                days = Numbers.wholeInt(value.asString()); // as numbers sent as text are read everywhere in the API
            } catch (BadValue e) {
                // refused below, naming offsetDays
            }
        }
        if (days == null || days < 0 || days > DemoTime.MOST_DAYS) {
            throw new BadOffset("clock.offsetDays.invalid");
        }
        return days;
    }

    /** offsetDays missing, of the wrong kind or out of range: 400 naming it. */
    static final class BadOffset extends RuntimeException {
        BadOffset(String copy) {
            super(Copy.of(copy, DemoTime.MOST_DAYS));
        }
    }
}
