package org.hotline.platform.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Watches a real Kafka topic from the moment it is created: {@link #await} returns the records that arrived
 * since then and match, as a reader with {@code read_committed} sees them.
 */
public final class TopicProbe implements AutoCloseable {
    public static final String KAFKA = System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092");
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the starting point now
    }

    /** Waits until {@code count} matching records arrived (or the timeout passed) and returns all that match. */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen.stream().filter(match).count() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        return seen.stream().filter(match).toList();
    }

    /** Reads on for {@code quiet} more, to catch any record that should not be there. */
    public List<ConsumerRecord<String, String>> settle(Predicate<ConsumerRecord<String, String>> match, Duration quiet) {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        return seen.stream().filter(match).toList();
    }

    /** The name a topic has in {@code @QuarkusTest} runs (profile test: prefix {@code test.}), apart from a running stack's. */
    public static String testTopic(String topic) {
        return "test." + topic;
    }

    public static Predicate<ConsumerRecord<String, String>> key(String key) {
        return r -> key.equals(r.key());
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
