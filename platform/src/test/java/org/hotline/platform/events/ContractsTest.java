package org.hotline.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.hotline.platform.events.contracts.CallerContact;
import org.hotline.platform.events.contracts.CaseClosed;
import org.hotline.platform.events.contracts.CaseRegistered;
import org.hotline.platform.events.contracts.DeadlineReached;
import org.hotline.platform.events.contracts.DisclosurePublished;
import org.hotline.platform.events.contracts.DispatchCreated;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events' JSON as other services and the media read it: field names, ISO-8601 UTC times, and no personal data
 * in any event but the internal contact.
 */
@Tag("fast")
class ContractsTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Instant AT = Instant.parse("2026-11-29T01:30:00.123456Z");

    private static Set<String> fields(Object event) {
        JsonNode node = JSON.valueToTree(event);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void aRegisteredCaseCarriesTheRoutingFactsAndNoCaller() throws Exception {
        CaseRegistered registered = new CaseRegistered("M-261129-0007", "MAYOR_LINE", "STREET_VENDOR", "HIGH", "EAST", "人民路",
                "E-03-12", AT, false, true, CaseRegistered.street(31.230416), CaseRegistered.street(121.473701));
        assertEquals(Set.of("caseNumber", "channel", "category", "priority", "district", "street", "gridCell", "receivedAt",
                "anonymous", "callbackRequested", "latitude", "longitude"), fields(registered));
        assertEquals(31.23, registered.latitude());
        assertEquals(121.474, registered.longitude());
        String json = JSON.writeValueAsString(registered);
        assertTrue(json.contains("\"receivedAt\":\"2026-11-29T01:30:00.123456Z\""), json);
        assertEquals(registered, JSON.readValue(json, CaseRegistered.class));
    }

    @Test
    void onlyTheInternalContactEventNamesTheCaller() {
        assertEquals(Set.of("caseNumber", "name", "phone"), fields(new CallerContact("M-261129-0007", "王建国", "13812345678")));
        assertEquals(Topics.INTAKE_CONTACTS, EventType.CASE_CONTACT.topic());
        for (EventType type : EventType.values()) {
            if (type != EventType.CASE_CONTACT) {
                assertFalse(type.topic().equals(Topics.INTAKE_CONTACTS), type + " must not travel with personal data");
            }
        }
    }

    @Test
    void thePublicEventCarriesOnlyPublicFields() {
        assertEquals(Set.of("sequence", "caseNumber", "status", "outcome", "publicSummary", "satisfaction", "closedAt", "publishedAt"),
                fields(new DisclosurePublished(1, "M-261129-0007", "CLOSED", "PERSUADED", "已劝离", "SATISFIED", AT, AT)));
    }

    @Test
    void dispatchAndFollowupEventsKeepTheirShape() throws Exception {
        assertEquals(Set.of("caseNumber", "dispatchId", "round", "squad", "dispatchedAt", "onSiteDue", "resolveDue", "reroutedBy"),
                fields(new DispatchCreated("M-1", 1, 1, "EAST-1", AT, AT, AT, "dispatcher1")));
        assertEquals(Set.of("caseNumber", "dispatchId", "round", "squad", "kind", "stage", "deadline", "dueAt", "raisedAt"),
                fields(new DeadlineReached("M-1", 1, 1, "EAST-1", "ON_SITE", "BREACH", AT, AT, AT)));
        CaseClosed closed = new CaseClosed("M-1", "PERSUADED", "已劝离", null, AT, AT);
        assertEquals(closed, JSON.readValue(JSON.writeValueAsString(closed), CaseClosed.class));
    }

    @Test
    void everyEventTypeIsNamedOnceAndFoundByItsName() {
        for (EventType type : EventType.values()) {
            assertEquals(type, EventType.of(type.type()).orElseThrow());
            assertTrue(type.type().startsWith("hotline."), type.type());
        }
        assertEquals(EventType.values().length, Set.of(EventType.values()).stream().map(EventType::type).distinct().count());
        assertTrue(EventType.of("hotline.nothing").isEmpty());
    }
}
