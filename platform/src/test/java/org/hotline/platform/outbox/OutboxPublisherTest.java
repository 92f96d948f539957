package org.hotline.platform.outbox;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.flywaydb.core.Flyway;
import org.hotline.platform.events.CloudEventHeaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox relay against the real PostgreSQL ({@code platform_test}) and the real Kafka broker started by
 * {@code deploy/local/up --infra-only}: every event reaches Kafka exactly once and in order per case,
 * whatever happens to the relay.
 */
class OutboxPublisherTest {
    static final String KAFKA = System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092");
    static PGSimpleDataSource db;
    String topic;

    @BeforeAll
    static void migrate() {
        db = PlatformTestDatabase.dataSource();
        Flyway.configure().dataSource(db).locations("classpath:db/platform").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(db).locations("classpath:db/platform").load().migrate();
    }

    @BeforeEach
    void freshTopic() throws Exception {
        topic = "test.outbox." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        sql("truncate outbox_event");
        sql("update outbox_relay set owner = null, heartbeat_at = null");
    }

    @AfterEach
    void dropTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA))) {
            admin.deleteTopics(List.of(topic)).all().get();
        }
    }

    @ParameterizedTest(name = "relay dies {0}, a new one takes over: each event published once")
    @EnumSource(OutboxPublisher.Stage.class)
    void aRelayThatDiesMidBatchPublishesEachEventExactlyOnce(OutboxPublisher.Stage stage) throws Exception {
        List<UUID> ids = insert(50, 5);
        AtomicInteger batches = new AtomicInteger();
        try (OutboxPublisher dying = publisher(20, (at, seqs) -> {
            if (at == stage && batches.incrementAndGet() == 2) {
                throw new IllegalStateException("relay killed at " + at);
            }
        })) {
            assertEquals(20, dying.publishBatch(), "a first batch goes through");
            assertThrows(IllegalStateException.class, dying::publishBatch);
        }
        try (OutboxPublisher restarted = publisher(20, OutboxPublisher.Interruption.NONE)) {
            drain(restarted);
        }
        assertEquals(0, pending());
        assertPublishedOnceInOrder(ids);
    }

    @Test
    void twoRelaysOfOneServiceNeverPublishTheSameEventTwice() throws Exception {
        List<UUID> ids = insert(400, 20);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (OutboxPublisher a = publisher(25, OutboxPublisher.Interruption.NONE);
             OutboxPublisher b = publisher(25, OutboxPublisher.Interruption.NONE)) {
            List<Future<?>> runs = new ArrayList<>();
            for (OutboxPublisher relay : List.of(a, b)) {
                runs.add(pool.submit(() -> {
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (pending() > 0 && System.nanoTime() < deadline) {
                        try {
                            relay.publishBatch();
                        } catch (RuntimeException fenced) {
                            // the other relay took over; this one recovers on its next turn, as OutboxRelay does
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, pending());
        assertPublishedOnceInOrder(ids);
    }

    @Test
    void eventsWrittenWhileKafkaIsUnreachableArePublishedWhenItReturns() throws Exception {
        List<UUID> ids = insert(30, 3);
        try (OutboxPublisher cutOff = new OutboxPublisher(db, "127.0.0.1:1", "test-outbox", 20, Duration.ofSeconds(1),
                OutboxPublisher.Interruption.NONE)) {
            assertThrows(RuntimeException.class, cutOff::publishBatch);
        }
        assertEquals(30, pending(), "nothing is lost or marked while Kafka is away");
        try (OutboxPublisher back = publisher(20, OutboxPublisher.Interruption.NONE)) {
            drain(back);
        }
        assertPublishedOnceInOrder(ids);
    }

    private OutboxPublisher publisher(int batch, OutboxPublisher.Interruption interruption) {
        return new OutboxPublisher(db, KAFKA, "test-outbox", batch, Duration.ofSeconds(3), interruption);
    }

    private static void drain(OutboxPublisher relay) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (pending() > 0) {
            assertTrue(System.nanoTime() < deadline, "relay did not drain the outbox in 30 s");
            if (relay.publishBatch() == 0) {
                Thread.sleep(100); // the lease of the dead relay has to lapse first
            }
        }
    }

    /** Inserts events for {@code cases} cases, round robin; returns their ids in sequence order. */
    private List<UUID> insert(int count, int cases) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into outbox_event (id, topic, type, case_number, source, occurred_at, payload) "
                        + "values (?, ?, 'test.event', ?, '/test', now(), ?)")) {
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, topic);
                insert.setString(3, "CASE-" + (i % cases));
                insert.setString(4, "{\"n\":" + i + "}");
                insert.executeUpdate();
                ids.add(id);
            }
        }
        return ids;
    }

    private void assertPublishedOnceInOrder(List<UUID> ids) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<Integer>> orderByCase = new HashMap<>();
        for (ConsumerRecord<String, String> record : readAll()) {
            String id = new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);
            seen.merge(id, 1, Integer::sum);
            int n = Integer.parseInt(record.value().replaceAll("\\D", ""));
            orderByCase.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(n);
        }
        for (UUID id : ids) {
            assertEquals(1, seen.getOrDefault(id.toString(), 0), "event " + id + " published exactly once");
        }
        assertEquals(ids.size(), seen.values().stream().mapToInt(Integer::intValue).sum(), "no other record on the topic");
        orderByCase.forEach((key, ns) -> assertEquals(ns.stream().sorted().toList(), ns, "events of " + key + " in order"));
    }

    private List<ConsumerRecord<String, String>> readAll() {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static long pending() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from outbox_event where published_at is null")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
