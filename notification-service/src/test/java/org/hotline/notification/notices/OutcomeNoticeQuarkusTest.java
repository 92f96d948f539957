package org.hotline.notification.notices;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hotline.platform.events.EventType;
import org.hotline.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The complainant hears how their case ended: once, after the closure is recorded, whatever the SMS provider does. */
@QuarkusTest
class OutcomeNoticeQuarkusTest {
    @Inject
    RecordingGateway gateway;
    @Inject
    io.agroal.api.AgroalDataSource db;

    @Test
    void aRefusedNoticeIsSentLaterExactlyOnceAndThePublicFeedDoesNotWaitForIt() throws Exception {
        String number = "O-991231-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        gateway.refuseTheFirstAttemptFor(number);
        Instant t = Instant.now();
        TestEvents.send(EventType.CASE_REGISTERED, number, """
                {"caseNumber":"%s","channel":"HOTLINE","category":"STREET_VENDOR","priority":"NORMAL","district":"EAST",
                 "street":"人民路","gridCell":null,"receivedAt":"%s","anonymous":false,"callbackRequested":true}""".formatted(number, t));
        TestEvents.send(EventType.CASE_CONTACT, number, """
                {"caseNumber":"%s","name":"钱多多","phone":"13900005678"}""".formatted(number));
        await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from complainant_phone where case_number = ?", number) == 1);
        TestEvents.send(EventType.CASE_CLOSED, number, """
                {"caseNumber":"%s","outcome":"PERSUADED","publicSummary":"执法队员到场，流动摊贩已劝离","satisfaction":"SATISFIED",
                 "resolvedAt":"%s","closedAt":"%s"}""".formatted(number, t, t));

        // the public feed has the outcome while the provider is refusing the notice
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().queryParam("limit", 1000).queryParam("after", 0)
                .when().get("/disclosure/entries").then().statusCode(200).body("caseNumber", hasItem(number)));
        await().atMost(Duration.ofSeconds(15)).until(() -> gateway.refused(number));
        // tried again after hotline.notices.retry-after (1 s in tests): sent once, to the caller's number
        await().atMost(Duration.ofSeconds(15)).until(() -> gateway.sentFor(number).size() == 1);
        RecordingGateway.Sent sent = gateway.sentFor(number).get(0);
        assertEquals("13900005678", sent.phone());
        assertTrue(sent.message().contains(number) && sent.message().contains("流动摊贩已劝离"), sent.message());
        assertEquals(1, count("select count(*) from outcome_notice where case_number = ? and sent_at is not null", number));

        // the closure delivered again (a redelivery): nothing more is sent
        TestEvents.send(EventType.CASE_CLOSED, number, """
                {"caseNumber":"%s","outcome":"PERSUADED","publicSummary":"执法队员到场，流动摊贩已劝离","satisfaction":"SATISFIED",
                 "resolvedAt":"%s","closedAt":"%s"}""".formatted(number, t, t));
        await().atMost(Duration.ofSeconds(15)).until(() -> count("select count(*) from inbox_event where case_number = ? and type = ?",
                number, EventType.CASE_CLOSED.type()) == 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> gateway.sentFor(number).size() == 1);
    }

    private long count(String sql, String... args) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
