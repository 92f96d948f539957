package org.hotline.intake.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hotline.platform.events.CloudEventHeaders;
import org.hotline.platform.events.Topics;
import org.hotline.platform.testing.DatabaseAway;
import org.hotline.platform.testing.Tokens;
import org.hotline.platform.testing.TopicProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An operator registers complaints: against the real PostgreSQL, Kafka and Keycloak. */
@QuarkusTest
class CaseRegistrationQuarkusTest {
    static final String COMPLAINT = """
            {"channel":"MAYOR_LINE","caller":{"name":"王建国","phone":"13812345678"},"callbackRequested":true,
             "category":"STREET_VENDOR","priority":"HIGH",
             "location":{"district":"EAST","street":"人民路","address":"人民路88号3单元"},
             "description":"小区门口每天傍晚有流动摊点占道经营，油烟很大"}""";

    @Inject
    AgroalDataSource db;
    @Inject
    ObjectMapper json;

    @Test
    void anOperatorRegistersAComplaintAndGetsACaseNumberToQuote() {
        String number = given().header("Authorization", Tokens.bearer("operator1"))
                .contentType(ContentType.JSON).body(COMPLAINT)
                .when().post("/cases")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("caseNumber", matchesPattern("M-\\d{6}-\\d{4}"))
                .body("status", equalTo("REGISTERED"))
                .body("registeredBy", equalTo("operator1"))
                .body("caller.phone", equalTo("13812345678"))
                .extract().path("caseNumber");

        given().header("Authorization", Tokens.bearer("auditor1"))
                .when().get("/cases/" + number)
                .then().statusCode(200)
                .body("category", equalTo("STREET_VENDOR"))
                .body("location.street", equalTo("人民路"));
    }

    @Test
    void whileTheDatabaseIsAwayTheOperatorIsToldToTryAgainAndNothingIsStored() throws Exception {
        try (Connection admin = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/intake_test", "postgres", "")) {
            long before = count(admin);
            try (DatabaseAway away = DatabaseAway.refuse("intake", "intake_test")) {
                given().header("Authorization", Tokens.bearer("operator1"))
                        .contentType(ContentType.JSON).body(COMPLAINT)
                        .when().post("/cases")
                        .then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "5")
                        .body("status", equalTo(503));
            }
            assertEquals(before, count(admin), "nothing stored");
            register(COMPLAINT); // and the operator's next try goes through
            assertEquals(before + 1, count(admin));
        }
    }

    private static long count(Connection admin) throws Exception {
        try (Statement s = admin.createStatement(); ResultSet r = s.executeQuery("select count(*) from hotline_case")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void theRegisteredEventIsOnKafkaKeyedByCaseNumberWithoutPersonalData() throws Exception {
        try (TopicProbe topic = new TopicProbe(TopicProbe.testTopic(Topics.INTAKE_CASES))) {
            String number = register(COMPLAINT);
            List<ConsumerRecord<String, String>> records = topic.await(TopicProbe.key(number), 1, Duration.ofSeconds(10));
            assertEquals(1, records.size(), "one case.registered event keyed by " + number);
            ConsumerRecord<String, String> record = records.get(0);
            assertEquals("hotline.case.registered", TopicProbe.header(record, CloudEventHeaders.TYPE));
            assertEquals("1.0", TopicProbe.header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals("/hotline/intake-service", TopicProbe.header(record, CloudEventHeaders.SOURCE));
            JsonNode data = json.readTree(record.value());
            assertEquals(number, data.get("caseNumber").asText());
            assertEquals("EAST", data.get("district").asText());
            for (String personal : List.of("王建国", "13812345678", "88号")) {
                assertFalse(record.value().contains(personal), "event must not carry " + personal);
            }
        }
    }

    @Test
    void theSameCaseNumberIsNeverGivenTwice() throws Exception {
        String a = register(COMPLAINT);
        String b = register(COMPLAINT);
        assertTrue(!a.equals(b) && a.substring(0, 9).equals(b.substring(0, 9)), a + " then " + b);

        // sixteen operators at once, on the same line and day: sixteen numbers
        String received = ",\"receivedAt\":\"" + Instant.now().minus(Duration.ofMinutes(5)) + "\"}";
        String body = COMPLAINT.substring(0, COMPLAINT.lastIndexOf('}')) + received;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<String>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> register(body)));
            }
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (var call : calls) {
                numbers.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(16, numbers.size(), "concurrent registrations: " + numbers);
        } finally {
            pool.shutdownNow();
        }

        // across midnight in Shanghai: the day in the number is the bureau's, and each day counts on its own
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        Instant midnight = java.time.LocalDate.now(shanghai).minusDays(1).atStartOfDay(shanghai).toInstant();
        String before = registerReceived(midnight.minusMillis(100));
        String after = registerReceived(midnight.plusMillis(100));
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("yyMMdd");
        assertEquals("M-" + day.format(midnight.minusMillis(100).atZone(shanghai)), before.substring(0, 8), before);
        assertEquals("M-" + day.format(midnight.atZone(shanghai)), after.substring(0, 8), after);
        assertFalse(before.equals(after));
    }

    private String registerReceived(Instant receivedAt) {
        return register(COMPLAINT.substring(0, COMPLAINT.lastIndexOf('}')) + ",\"receivedAt\":\"" + receivedAt + "\"}");
    }

    @Test
    void withoutATokenItIs401AndWithAnotherRoleItIs403() {
        given().contentType(ContentType.JSON).body(COMPLAINT).when().post("/cases").then().statusCode(401);
        given().header("Authorization", Tokens.bearer("sup.east"))
                .contentType(ContentType.JSON).body(COMPLAINT).when().post("/cases").then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get("/cases/M-000000-0000").then().statusCode(401);
    }

    @Test
    void anUnknownCaseIsA404Problem() {
        given().header("Authorization", Tokens.bearer("operator1")).when().get("/cases/H-991231-9999")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown channel          | "channel":"MAYOR_LINE"     | "channel":"FAX"            | channel
            unknown category         | "category":"STREET_VENDOR" | "category":"PARKING"       | category
            unknown district         | "district":"EAST"          | "district":"MOON"          | location.district
            blank description        | "description":"小区门口每天傍晚有流动摊点占道经营，油烟很大" | "description":" " | description
            unknown field            | "priority":"HIGH"          | "priority":"HIGH","urgent":true | urgent
            blank caller phone       | "phone":"13812345678"      | "phone":""                 | caller.phone
            received in the future   | "priority":"HIGH"          | "priority":"HIGH","receivedAt":"2099-01-01T00:00:00Z" | receivedAt
            received too long ago    | "priority":"HIGH"          | "priority":"HIGH","receivedAt":"2001-01-01T00:00:00Z" | receivedAt
            malformed time           | "priority":"HIGH"          | "priority":"HIGH","receivedAt":"yesterday" | receivedAt
            mobile one digit short   | "phone":"13812345678"      | "phone":"1381234567"       | caller.phone
            mobile of no carrier     | "phone":"13812345678"      | "phone":"12812345678"      | caller.phone
            letters in the phone     | "phone":"13812345678"      | "phone":"138-abcd-5678"    | caller.phone
            landline too short       | "phone":"13812345678"      | "phone":"021-12345"        | caller.phone
            blank caller name        | "name":"王建国"             | "name":""                  | caller.name
            latitude off the globe   | "address":"人民路88号3单元"  | "address":"人民路88号3单元","latitude":91 | location.latitude
            NUL in the description   | "description":"小区门口     | "description":"小区\\u0000门口 | description
            lone surrogate in it     | "description":"小区门口     | "description":"小区\\ud800门口 | description
            ESC in the caller's name | "name":"王建国"             | "name":"王\\u001b建国"     | caller.name
            a line break in a street | "street":"人民路"           | "street":"人民\\n路"       | location.street
            DEL in the address       | "address":"人民路88号3单元"  | "address":"人民路88号\\u007f3单元" | location.address
            C1 control in the street | "street":"人民路"           | "street":"人民\\u0085路"   | location.street
            """)
    void badInputIsA400NamingTheFieldAndStoresNothing(String name, String from, String to, String field) throws Exception {
        String body = COMPLAINT.replace(from, to);
        long before = count();
        given().header("Authorization", Tokens.bearer("operator1"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
        assertEquals(before, count(), "a rejected complaint stores nothing");
    }

    /** Bytes that are not UTF-8 (an overlong "/", a truncated character) are refused, never read leniently. */
    @Test
    void aBodyThatIsNotUtf8IsA400AndStoresNothing() throws Exception {
        long before = count();
        for (byte[] bad : List.of(new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xE4, (byte) 0xBA})) {
            byte[] good = COMPLAINT.replace("人民路88号3单元", "人民路88号@@").getBytes(StandardCharsets.UTF_8);
            String text = new String(good, StandardCharsets.ISO_8859_1);
            int at = text.indexOf("@@");
            byte[] body = new byte[good.length - 2 + bad.length];
            System.arraycopy(good, 0, body, 0, at);
            System.arraycopy(bad, 0, body, at, bad.length);
            System.arraycopy(good, at + 2, body, at + bad.length, good.length - at - 2);
            given().header("Authorization", Tokens.bearer("operator1")).contentType("application/json; charset=utf-8").body(body)
                    .when().post("/cases")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
        }
        assertEquals(before, count(), "nothing stored");
    }

    /** A NUL or other control character in a query or path parameter is a 400 naming it, never a database error. */
    @Test
    void controlCharactersInParametersAreA400NamingThem() {
        given().header("Authorization", Tokens.bearer("auditor1")).urlEncodingEnabled(false)
                .when().get("/cases?district=EA%00ST").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("district"));
        given().header("Authorization", Tokens.bearer("auditor1")).urlEncodingEnabled(false)
                .when().get("/cases?category=%C0%AF").then().statusCode(400).body("errors.field", hasItem("category"));
        given().header("Authorization", Tokens.bearer("operator1")).urlEncodingEnabled(false)
                .when().get("/cases/H-261203-%1B0001").then().statusCode(400).body("errors.field", hasItem("path"));
    }

    @ParameterizedTest(name = "{0} is kept as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            +86 138 1234 5678  | 13812345678
            138-1234-5678      | 13812345678
            (021) 6234-5678    | 021-62345678
            010 12345678       | 010-12345678
            0571-8765432       | 0571-8765432
            +86 21 62345678    | 021-62345678
            62345678           | 62345678
            """)
    void mobileAndLandlineNumbersAreAcceptedInTheFormsCallersGiveThem(String typed, String kept) {
        given().header("Authorization", Tokens.bearer("operator1"))
                .contentType(ContentType.JSON).body(COMPLAINT.replace("13812345678", typed))
                .when().post("/cases")
                .then().statusCode(201)
                .body("caller.phone", equalTo(kept));
    }

    @Test
    void textLimitsCountCharactersAsAReaderDoes() throws Exception {
        String rare = "𠀀"; // one character outside the BMP: two UTF-16 units
        given().header("Authorization", Tokens.bearer("operator1")).contentType(ContentType.JSON)
                .body(COMPLAINT.replace("小区门口每天傍晚有流动摊点占道经营，油烟很大", rare.repeat(2000)))
                .when().post("/cases").then().statusCode(201);
        long before = count();
        given().header("Authorization", Tokens.bearer("operator1")).contentType(ContentType.JSON)
                .body(COMPLAINT.replace("小区门口每天傍晚有流动摊点占道经营，油烟很大", "占".repeat(2001)))
                .when().post("/cases").then().statusCode(400).body("errors.field", hasItem("description"));
        assertEquals(before, count());
    }

    @Test
    void aBodyOverTheLimitIs413AndStoresNothing() throws Exception {
        long before = count();
        given().header("Authorization", Tokens.bearer("operator1")).contentType(ContentType.JSON)
                .body(COMPLAINT.replace("小区门口每天傍晚有流动摊点占道经营，油烟很大", "x".repeat(70_000)))
                .when().post("/cases").then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, count());
    }

    @Test
    void notJsonIsA400AndAnotherMediaTypeA415() throws Exception {
        long before = count();
        given().header("Authorization", Tokens.bearer("operator1")).contentType(ContentType.JSON).body("{\"channel\":")
                .when().post("/cases").then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("operator1")).contentType(ContentType.TEXT).body("hello")
                .when().post("/cases").then().statusCode(415).contentType("application/problem+json");
        assertEquals(before, count());
    }

    @Test
    void anAnonymousComplaintGetsNoCallback() {
        String body = COMPLAINT.replace("\"caller\":{\"name\":\"王建国\",\"phone\":\"13812345678\"},", "");
        given().header("Authorization", Tokens.bearer("operator1"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/cases")
                .then().statusCode(201)
                .body("anonymous", equalTo(true))
                .body("callbackRequested", equalTo(false));
    }

    private String register(String body) {
        return given().header("Authorization", Tokens.bearer("operator1"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/cases")
                .then().statusCode(201)
                .extract().path("caseNumber");
    }

    private long count() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from hotline_case")) {
            r.next();
            return r.getLong(1);
        }
    }

}
