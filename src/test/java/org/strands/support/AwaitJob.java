package org.strands.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** Follows a background job that an API call started (202 with its Location) until it has finished. */
public final class AwaitJob {

    /** Long enough for the largest job a test starts: the national postcode directory in a 512 MB heap. */
    private static final Duration PATIENCE = Duration.ofSeconds(300);

    private AwaitJob() {
    }

    /** The job's path, from the Location of a 202 answer. */
    public static String location(Api.Response accepted) {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        return location.startsWith("http") ? URI.create(location).getPath() : location;
    }

    /** Polls the job until it is DONE or FAILED, and returns its last answer. */
    public static JsonNode finished(Api api, Api.Response accepted) {
        return finished(api, location(accepted));
    }

    public static JsonNode finished(Api api, String location) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Api.Response answer = api.get(location);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode job = answer.json();
            String status = job.get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                return job;
            }
            assertThat(System.nanoTime()).as("job " + location + " still " + status + " after " + PATIENCE).isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** As {@link #finished}, requiring DONE. */
    public static JsonNode done(Api api, Api.Response accepted) {
        JsonNode job = finished(api, accepted);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("DONE");
        return job;
    }
}
