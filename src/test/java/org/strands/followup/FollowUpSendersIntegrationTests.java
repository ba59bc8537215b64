package org.strands.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.strands.support.NotifyStandIn;
import org.strands.support.RefusingSmtpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SMTP and Notify senders against a real SMTP server (GreenMail) and a stand-in for Notify's HTTP API. */
class FollowUpSendersIntegrationTests {

    static final String SERVICE = "26785a09-ab16-4eb0-8407-a37497a57506";
    static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    static final String KEY = "strands_test-" + SERVICE + "-" + SECRET;
    static final ProviderSettings SMTP = new ProviderSettings(Provider.SMTP, "follow-up@stockport.example", null, null, null);
    static final ProviderSettings NOTIFY = new ProviderSettings(Provider.NOTIFY, null, KEY, "email-template-1", "sms-template-1");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    NotifyStandIn standIn;
    NotifySender notify;

    @BeforeEach
    void startTheStandIn() {
        standIn = NotifyStandIn.start();
        notify = new NotifySender(standIn.baseUrl());
    }

    @AfterEach
    void stopTheStandIn() {
        standIn.close();
    }

    static Outbound email(String address, boolean reminder) {
        return new Outbound(UUID.randomUUID(), Channel.EMAIL, address, "Hello", "Stockport", "https://strands.example/f/answer-token",
                "https://strands.example/f/stop-token", reminder);
    }

    static SmtpSender smtpAt(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        mail.setJavaMailProperties(properties);
        return new SmtpSender(mail);
    }

    @Test
    void anEmailArrivesWithItsSubjectBodyAndAMessageIdMadeFromTheReference() throws Exception {
        Outbound message = email("family@example.org", false);

        Sent sent = smtpAt(greenMail.getSmtp().getPort()).send(message, SMTP);

        assertThat(sent).isEqualTo(new Sent.Accepted("<" + message.reference() + "@strands>"));
        MimeMessage[] arrived = greenMail.getReceivedMessages();
        assertThat(arrived).hasSize(1);
        assertThat(arrived[0].getMessageID()).isEqualTo("<" + message.reference() + "@strands>");
        assertThat(arrived[0].getSubject()).isEqualTo("How are things going? From Stockport");
        assertThat(arrived[0].getFrom()[0].toString()).isEqualTo("follow-up@stockport.example");
        String body = GreenMailUtil.getBody(arrived[0]).replace("\r\n", "\n");
        // the greeting, the area's name and the two links: nothing else a message could say about a child
        assertThat(body.strip()).isEqualTo(MessageText.body(message).strip());
        assertThat(body).contains("Hello", "Stockport", message.answerLink(), message.withdrawLink());
    }

    @Test
    void anEmailSentAgainAfterACrashCarriesTheSameMessageId() throws Exception {
        Outbound message = email("family@example.org", true);
        SmtpSender smtp = smtpAt(greenMail.getSmtp().getPort());

        smtp.send(message, SMTP);
        smtp.send(message, SMTP);

        MimeMessage[] arrived = greenMail.getReceivedMessages();
        assertThat(arrived).hasSize(2);
        assertThat(arrived[0].getMessageID()).isEqualTo(arrived[1].getMessageID());
        assertThat(arrived[1].getSubject()).startsWith("Reminder: How are things going?");
        assertThat(smtp.keepsReferences()).isFalse();
        assertThat(smtp.lookUp(message.reference(), SMTP)).get().extracting(Sent.Accepted::providerId).isEqualTo(arrived[0].getMessageID());
    }

    @Test
    void anEmailIsHandedOverJustBeforeTheMailServerTakesIt() {
        Outbound message = email("handed-over@example.org", false);
        int[] heldBefore = {-1};
        Sent sent = smtpAt(greenMail.getSmtp().getPort()).send(message, SMTP, () -> heldBefore[0] = greenMail.getReceivedMessages().length);
        assertThat(sent).isInstanceOf(Sent.Accepted.class);
        assertThat(heldBefore[0]).as("messages the server held when the send was marked handed over").isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailServerThatCannotBeReachedIsTriedAgainLater() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        assertThat(smtpAt(closed).send(email("family@example.org", false), SMTP)).isInstanceOf(Sent.TryAgain.class);
    }

    @Test
    void anAddressThatIsNotOneIsRefused() {
        assertThat(smtpAt(greenMail.getSmtp().getPort()).send(email("not an address@@", false), SMTP))
                .isEqualTo(Sent.Refused.address("not an email address"));
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMailServersRefusalOfTheRecipientIsForGoodItsDeferralIsTriedAgainAndTheNextMessageStillGoes() {
        try (RefusingSmtpServer server = RefusingSmtpServer.start()
                .refuse("gone@example.org", "550 5.1.1 no such mailbox")
                .refuse("full@example.org", "452 4.2.2 mailbox full")) {
            SmtpSender smtp = smtpAt(server.port());

            assertThat(smtp.send(email("gone@example.org", false), SMTP))
                    .isEqualTo(Sent.Refused.address("the mail server refused the message: 550 5.1.1 no such mailbox"));
            assertThat(smtp.send(email("full@example.org", false), SMTP))
                    .isEqualTo(new Sent.TryAgain("the mail server deferred the message: 452 4.2.2 mailbox full"));
            assertThat(smtp.send(email("family@example.org", false), SMTP)).isInstanceOf(Sent.Accepted.class);
            smtp.runEnded();

            assertThat(server.taken()).containsExactly("family@example.org");
        }
    }

    @Test
    void aSendingRunsMessagesShareConnectionsATwentiethAtMostEach() {
        try (RefusingSmtpServer server = RefusingSmtpServer.start()) {
            SmtpSender smtp = smtpAt(server.port());
            for (int i = 0; i < 45; i++) {
                assertThat(smtp.send(email("family" + i + "@example.org", false), SMTP)).isInstanceOf(Sent.Accepted.class);
            }
            smtp.runEnded();
            assertThat(smtp.send(email("next-run@example.org", false), SMTP)).isInstanceOf(Sent.Accepted.class);
            smtp.runEnded();

            assertThat(server.taken()).hasSize(46);
            assertThat(server.connections()).as("45 messages over connections of 20, and one for the next run").isEqualTo(3 + 1);
        }
    }

    @Test
    void aTextMessageCannotGoByMail() {
        Outbound text = new Outbound(UUID.randomUUID(), Channel.SMS, "07700900123", "Hello", "Stockport", "https://a", "https://b", false);

        assertThat(smtpAt(greenMail.getSmtp().getPort()).send(text, SMTP)).isEqualTo(Sent.Refused.message("text messages need GOV.UK Notify"));
    }

    @Test
    void notifyTakesAnEmailWithTheAreasTemplateOurReferenceAndOnlyTheGreetingAreaAndLinks() throws Exception {
        Outbound message = email("family@example.org", true);

        Sent sent = notify.send(message, NOTIFY);

        assertThat(sent).isInstanceOf(Sent.Accepted.class);
        NotifyStandIn.Received received = standIn.received().getFirst();
        assertThat(received.kind()).isEqualTo("email");
        JsonNode body = received.body();
        assertThat(body.get("email_address").asString()).isEqualTo("family@example.org");
        assertThat(body.get("template_id").asString()).isEqualTo("email-template-1");
        assertThat(body.get("reference").asString()).isEqualTo(message.reference().toString());
        assertThat(JsonMapper.builder().build().convertValue(body.get("personalisation"), java.util.Map.class)).isEqualTo(java.util.Map.of(
                "greeting", "Hello", "area", "Stockport", "link", message.answerLink(), "stop_link", message.withdrawLink(), "reminder", "yes"));
        assertThat(((Sent.Accepted) sent).providerId()).isNotBlank();
        assertSignedBy(received.bearer());
    }

    @Test
    void notifyTakesATextMessageWithTheAreasTextTemplate() {
        Outbound text = new Outbound(UUID.randomUUID(), Channel.SMS, "07700900123", "Hello", "Stockport", "https://a", "https://b", false);

        assertThat(notify.send(text, NOTIFY)).isInstanceOf(Sent.Accepted.class);
        NotifyStandIn.Received received = standIn.received().getFirst();
        assertThat(received.kind()).isEqualTo("sms");
        assertThat(received.body().get("phone_number").asString()).isEqualTo("07700900123");
        assertThat(received.body().get("template_id").asString()).isEqualTo("sms-template-1");
        assertThat(received.body().get("personalisation").get("reminder").asString()).isEqualTo("no");
    }

    @Test
    void notifysRefusalOfTheAddressIsForGoodInItsOwnWordsAndOfTheAreasKeyOrTemplateTriedAgain() {
        standIn.failNext(1, 400, "ValidationError", "email_address Not a valid email address");
        standIn.failNext(1, 403, "AuthError", "Invalid token: API key not found");
        standIn.failNext(1, 400, "BadRequestError", "Template not found");

        assertThat(notify.send(email("family@example.org", false), NOTIFY))
                .isEqualTo(Sent.Refused.address("Notify: ValidationError: email_address Not a valid email address"));
        // the area's settings, not the family: their messages wait while the settings are put right
        assertThat(notify.send(email("family@example.org", false), NOTIFY))
                .isEqualTo(new Sent.TryAgain("Notify: AuthError: Invalid token: API key not found"));
        assertThat(notify.send(email("family@example.org", false), NOTIFY))
                .isEqualTo(new Sent.TryAgain("Notify: BadRequestError: Template not found"));
    }

    @Test
    void notifysRateLimitAndItsOwnFaultsAreTriedAgain() {
        standIn.failNext(1, 429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds");
        standIn.failNext(1, 500, "Exception", "Internal server error");

        assertThat(notify.send(email("family@example.org", false), NOTIFY)).isInstanceOf(Sent.TryAgain.class);
        assertThat(notify.send(email("family@example.org", false), NOTIFY)).isInstanceOf(Sent.TryAgain.class);
        assertThat(notify.send(email("family@example.org", false), NOTIFY)).isInstanceOf(Sent.Accepted.class);
    }

    @Test
    void notifyThatCannotBeReachedIsTriedAgainLater() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        assertThat(new NotifySender("http://127.0.0.1:" + closed).send(email("family@example.org", false), NOTIFY))
                .isInstanceOf(Sent.TryAgain.class);
    }

    @Test
    void aKeyNotInNotifysFormatIsTriedAgainWithoutCallingIt() {
        ProviderSettings bad = new ProviderSettings(Provider.NOTIFY, null, "not-a-key", "t", "t");

        assertThat(notify.send(email("family@example.org", false), bad)).isInstanceOf(Sent.TryAgain.class);
        assertThat(standIn.received()).isEmpty();
    }

    @Test
    void aMessageNotifyAlreadyHasIsFoundByItsReference() {
        Outbound message = email("family@example.org", false);
        Sent.Accepted sent = (Sent.Accepted) notify.send(message, NOTIFY);

        assertThat(notify.lookUp(message.reference(), NOTIFY)).contains(sent);
        assertThat(notify.lookUp(UUID.randomUUID(), NOTIFY)).isEmpty();
    }

    @Test
    void theStatusOfANotificationIsNotifysOwn() {
        Sent.Accepted sent = (Sent.Accepted) notify.send(email("family@example.org", false), NOTIFY);
        standIn.setStatus(sent.providerId(), "delivered");

        assertThat(notify.status(sent.providerId(), NOTIFY)).contains("delivered");
        assertThat(notify.status(UUID.randomUUID().toString(), NOTIFY)).isEmpty();
    }

    /** The bearer is Notify's JWT: our service id as issuer, a time of issue, signed with the key's secret. */
    private static void assertSignedBy(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        JsonNode claims = JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        assertThat(claims.get("iss").asString()).isEqualTo(SERVICE);
        assertThat(claims.get("iat").asLong()).isCloseTo(java.time.Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(parts[2]);
    }
}
