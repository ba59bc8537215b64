package org.strands.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strands.support.Api;
import org.strands.support.DataTest;
import org.strands.support.FormSession;

/**
 * Bodies larger than 1 MB (other than uploads) are refused with 413 before anything reads them whole, whether their
 * length is declared or they arrive in chunks; NUL characters in parameters are refused with 422 naming the parameter.
 */
@DataTest
class RequestBodyLimitIntegrationTests {

    private static final String ACTIONS = "/api/v1/areas/stockport/provision/actions";
    private static final String BROWSER = "text/html,application/xhtml+xml";
    private static final int MEGABYTE = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    private long actions() {
        return db.sql("select count(*) from action").query(Long.class).single();
    }

    @Test
    void aHundredMegabyteJsonBodyWithItsLengthDeclaredIsRefusedBeforeItIsSent() throws IOException {
        long before = actions();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head("Content-Length: " + 100L * MEGABYTE).getBytes(StandardCharsets.US_ASCII));
            out.write("{\"title\":\"".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = answer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json",
                    "The request is larger than Strands accepts (1 MB). Send less at once.");
        }
        assertThat(actions()).isEqualTo(before);
    }

    @Test
    void aHundredMegabyteChunkedJsonBodyIsRefusedOnceOneMegabyteHasArrived() throws Exception {
        long before = actions();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head("Transfer-Encoding: chunked").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = chunk("x".repeat(64 * 1024));
            CompletableFuture<Long> sent = CompletableFuture.supplyAsync(() -> {
                long total = 0;
                try {
                    out.write(chunk("{\"title\":\""));
                    while (total < 100L * MEGABYTE) {
                        out.write(chunk);
                        total += chunk.length;
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closedByTheServer) {
                    // the server has answered and stopped reading
                }
                return total;
            });
            String answer = answer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("The request is larger than Strands accepts (1 MB).");
            socket.close();
            assertThat(sent.get()).as("bytes sent before the server stopped reading").isLessThan(100L * MEGABYTE);
        }
        assertThat(actions()).isEqualTo(before);
    }

    @Test
    void aBodyJustUnderTheLimitIsStillRead() {
        Api.Response response = Api.at(port).as("lead", "demo").post(ACTIONS, "{\"title\":\"" + "x".repeat(MEGABYTE - 100) + "\"}");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body()).contains("title");
    }

    @Test
    void aBrowserPostingAFormOverOneMegabyteGetsAPageSayingItIsTooLarge() {
        FormSession lead = new FormSession(port);
        lead.signIn("lead", "demo");
        HttpResponse<String> response = lead.post("/areas/stockport/provision/actions", "_csrf",
                lead.csrfToken("/areas/stockport/provision/actions"), "title", "x".repeat(MEGABYTE + 1));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Sorry, that request was not accepted",
                "The request is larger than Strands accepts (1 MB). Send less at once.", "Sign out");
    }

    @Test
    void aNulCharacterInTheQueryStringIsRefusedNamingTheParameter() {
        Api.Response api = Api.at(port).as("lead", "demo").get("/api/v1/areas/stockport/provision/map?discipline=speech%00therapy");
        assertThat(api.status()).isEqualTo(422);
        assertThat(api.json().get("detail").asString()).isEqualTo(
                "discipline contains a null character (often from copying out of another program). Remove it and try again.");

        FormSession lead = new FormSession(port);
        lead.signIn("lead", "demo");
        HttpResponse<String> page = lead.get("/areas/stockport/provision?discipline=a%00b", BROWSER);
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("discipline contains a null character", "Sign out");
    }

    @Test
    void aNulCharacterInAFormFieldIsRefusedNamingTheFieldAndNothingIsStored() {
        long before = actions();
        FormSession lead = new FormSession(port);
        lead.signIn("lead", "demo");
        HttpResponse<String> response = lead.post("/areas/stockport/provision/actions", "_csrf",
                lead.csrfToken("/areas/stockport/provision/actions"), "title", "Kept\0in mind", "owner", "Alex");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("title contains a null character");
        assertThat(actions()).isEqualTo(before);
    }

    private String head(String length) {
        String basic = Base64.getEncoder().encodeToString("lead:demo".getBytes(StandardCharsets.UTF_8));
        return "POST " + ACTIONS + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic " + basic
                + "\r\nAccept: application/json\r\nContent-Type: application/json\r\n" + length + "\r\n\r\n";
    }

    private static byte[] chunk(String text) {
        byte[] data = text.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(data);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The status line, headers and as much of the body as came before the server closed or paused. */
    private static String answer(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                read.write(buffer, 0, n);
                String text = read.toString(StandardCharsets.UTF_8);
                if (text.contains("\r\n\r\n") && (text.endsWith("}") || text.endsWith("0\r\n\r\n"))) {
                    break;
                }
            }
        } catch (java.net.SocketException closed) {
            // the server closed the connection after answering
        }
        return read.toString(StandardCharsets.UTF_8);
    }

}
