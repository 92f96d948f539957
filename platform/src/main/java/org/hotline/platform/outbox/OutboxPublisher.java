package org.hotline.platform.outbox;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hotline.platform.events.CloudEventHeaders;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Publishes outbox rows to Kafka in sequence order, exactly once.
 *
 * <ul>
 *   <li>One publisher at a time per service: a lease row ({@code outbox_relay}) is locked for the duration
 *   of a batch and names its owner; another instance takes over only when the owner's heartbeat lapses.</li>
 *   <li>A batch is one Kafka transaction (transactional id {@code <service>-outbox}): readers see all of it or
 *   none of it, and a new owner's producer fences the old one.</li>
 *   <li>The rows are marked published in the database transaction that holds the lease, after the Kafka
 *   commit. If the relay dies between the two, the next owner first <em>recovers</em>: it reads back the
 *   tail of the topics with {@code read_committed} and marks the rows it finds there, so they are not sent
 *   again.</li>
 * </ul>
 * Blocking code: runs on a worker thread of {@link OutboxRelay}, or directly in tests.
 */
public final class OutboxPublisher implements AutoCloseable {

    /** The points in a batch where a relay can die; a test stops it there, as a crash would. */
    public enum Stage { AFTER_KAFKA_SEND, AFTER_KAFKA_COMMIT }

    @FunctionalInterface
    public interface Interruption {
        Interruption NONE = (stage, seqs) -> { };

        /** Called at each stage of a batch with the sequence numbers of its rows; throw to stop the relay there. */
        void at(Stage stage, List<Long> seqs);
    }

    private record Pending(long seq, UUID id, String topic, String type, String caseNumber, String source,
                           Instant occurredAt, String payload) {
    }

    private final DataSource dataSource;
    private final String bootstrapServers;
    private final String transactionalId;
    private final String instanceId = UUID.randomUUID().toString();
    private final int batchSize;
    private final Duration lease;
    private final Interruption interruption;
    private KafkaProducer<String, String> producer;
    private boolean inSync;
    private long lastLeaseCheck = System.nanoTime() - Duration.ofDays(1).toNanos();

    public OutboxPublisher(DataSource dataSource, String bootstrapServers, String transactionalId,
                           int batchSize, Duration lease, Interruption interruption) {
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
        this.transactionalId = transactionalId;
        this.batchSize = batchSize;
        this.lease = lease;
        this.interruption = interruption;
    }

    /** Publishes at most one batch. Returns how many events it published (0: nothing due, or another instance holds the lease). */
    public synchronized int publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int published = publishBatch(connection);
                connection.commit();
                return published;
            } catch (RuntimeException | SQLException e) {
                inSync = false;
                connection.rollback();
                throw e;
            }
        }
    }

    private int publishBatch(Connection connection) throws SQLException {
        // Idle: nothing to publish. Look at the lease (a write: the heartbeat) only every third of the lease, so
        // that an idle service does not commit a write every poll interval.
        long now = System.nanoTime();
        if (!anyPending(connection) && now - lastLeaseCheck < lease.toNanos() / 3) {
            return 0;
        }
        lastLeaseCheck = now;
        if (!takeLease(connection)) {
            return 0;
        }
        List<Pending> pending = pending(connection, batchSize);
        if (pending.isEmpty()) {
            return 0;
        }
        List<Long> seqs = pending.stream().map(Pending::seq).toList();
        KafkaProducer<String, String> kafka = producer();
        try {
            kafka.beginTransaction();
            for (Pending event : pending) {
                kafka.send(toRecord(event));
            }
            interruption.at(Stage.AFTER_KAFKA_SEND, seqs);
            kafka.commitTransaction();
        } catch (RuntimeException e) {
            closeProducer(); // the open transaction is aborted: read_committed consumers never see it
            throw e;
        }
        interruption.at(Stage.AFTER_KAFKA_COMMIT, seqs);
        markPublished(connection, seqs);
        return pending.size();
    }

    /** Locks the lease row; true when this instance may publish now. Recovers first when it has just become the owner. */
    private boolean takeLease(Connection connection) throws SQLException {
        String owner;
        boolean fresh;
        try (PreparedStatement lock = connection.prepareStatement(
                "select owner, coalesce(heartbeat_at > now() - make_interval(secs => ?), false) "
                        + "from outbox_relay where id = 1 for update skip locked")) {
            lock.setDouble(1, lease.toMillis() / 1000.0);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    return false; // another instance is publishing a batch right now
                }
                owner = row.getString(1);
                fresh = row.getBoolean(2);
            }
        }
        boolean mine = instanceId.equals(owner);
        if (!mine && owner != null && fresh) {
            return false;
        }
        if (!mine || !inSync) {
            producer(); // fences any previous owner's producer and aborts its open transaction
            recover(connection);
            inSync = true;
        }
        try (PreparedStatement beat = connection.prepareStatement(
                "update outbox_relay set owner = ?, heartbeat_at = clock_timestamp() where id = 1")) {
            beat.setString(1, instanceId);
            beat.executeUpdate();
        }
        return true;
    }

    /**
     * After a crash between the Kafka commit and the database mark, the rows of that batch are in Kafka but
     * not marked. They are the oldest pending rows; read back the tail of their topics and mark what is there.
     */
    private void recover(Connection connection) throws SQLException {
        List<Pending> candidates = pending(connection, batchSize);
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, Long> seqById = new HashMap<>();
        Set<String> topics = new HashSet<>();
        for (Pending p : candidates) {
            seqById.put(p.id().toString(), p.seq());
            topics.add(p.topic());
        }
        List<Long> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            for (String topic : topics) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                consumer.assign(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
                Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, Duration.ofSeconds(10));
                // Each batch adds at most batchSize records plus one commit marker per partition.
                for (TopicPartition partition : partitions) {
                    consumer.seek(partition, Math.max(begins.get(partition), ends.get(partition) - 2L * batchSize - 2));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("outbox recovery could not read " + topic + " to its end");
                    }
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                        Header id = record.headers().lastHeader(CloudEventHeaders.ID);
                        if (id != null) {
                            Long seq = seqById.get(new String(id.value(), StandardCharsets.UTF_8));
                            if (seq != null) {
                                found.add(seq);
                            }
                        }
                    }
                }
            }
        }
        if (!found.isEmpty()) {
            markPublished(connection, found);
        }
    }

    private static boolean anyPending(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select exists (select 1 from outbox_event where published_at is null)");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private List<Pending> pending(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select seq, id, topic, type, case_number, source, occurred_at, payload from outbox_event "
                        + "where published_at is null order by seq limit ?")) {
            select.setInt(1, limit);
            List<Pending> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Pending(row.getLong(1), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getTimestamp(7).toInstant(), row.getString(8)));
                }
            }
            return rows;
        }
    }

    private void markPublished(Connection connection, List<Long> seqs) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now() where seq = any(?) and published_at is null")) {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private ProducerRecord<String, String> toRecord(Pending event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.caseNumber(), event.payload());
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, event.id().toString());
        header(record, CloudEventHeaders.SOURCE, event.source());
        header(record, CloudEventHeaders.TYPE, event.type());
        header(record, CloudEventHeaders.SUBJECT, event.caseNumber());
        header(record, CloudEventHeaders.TIME, event.occurredAt().toString());
        header(record, CloudEventHeaders.SEQUENCE, Long.toString(event.seq()));
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
            config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30000);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            KafkaProducer<String, String> created = new KafkaProducer<>(config);
            try {
                created.initTransactions();
            } catch (RuntimeException e) {
                created.close(Duration.ZERO);
                throw e;
            }
            producer = created;
        }
        return producer;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException ignored) {
                // closing a broken producer: nothing more to do
            }
            producer = null;
        }
        inSync = false;
    }

    public String instanceId() {
        return instanceId;
    }

    @Override
    public synchronized void close() {
        closeProducer();
    }
}
