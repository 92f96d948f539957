package org.hotline.platform.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hotline.platform.events.CloudEventHeaders;
import org.hotline.platform.events.EventType;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Plays another service in a service's tests: puts CloudEvents on the real broker's test topics
 * ({@link TopicProbe#testTopic}), as that service's outbox would.
 */
public final class TestEvents {
    private static final KafkaProducer<String, String> PRODUCER = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TopicProbe.KAFKA,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PRODUCER::close));
    }

    private TestEvents() {
    }

    /** An event of {@code type} about case {@code key}, with a fresh id. */
    public static void send(EventType type, String key, String data) {
        send(UUID.randomUUID(), type, key, data);
    }

    /** The same id twice is a redelivery. */
    public static void send(UUID id, EventType type, String key, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TopicProbe.testTopic(type.topic()), key, data);
        record.headers().add(CloudEventHeaders.ID, id.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        send(record);
    }

    /** Any record, for what no well-behaved producer would send. */
    public static void send(ProducerRecord<String, String> record) {
        try {
            PRODUCER.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not put a test event on Kafka", e);
        }
    }
}
