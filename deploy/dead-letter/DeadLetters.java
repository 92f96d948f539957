import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The dead-letter topic, listed or replayed (Kafka's own client jars, {@code java -cp "$KAFKA_HOME/libs/*" DeadLetters.java}).
 * <pre>
 *   list     what waits there since the last replay: when, the original topic, event type, case number, and the
 *            reason the consumer gave (which service, which kind of failure — never the event's data)
 *   replay [case number...]
 *            sends each waiting event back to its original topic, key, value and CloudEvent headers as they were,
 *            then remembers how far it got (consumer group hotline-dead-letter-replay): every service reading that
 *            topic sees the event again, and its inbox applies it where it was not applied and counts a duplicate
 *            where it was. Run it once the cause is fixed; an event that still cannot be applied comes back.
 *            With case numbers: only those cases' dead letters, from the beginning of the topic, and the position
 *            is left where it was (the others still wait).
 * </pre>
 * Environment: KAFKA (127.0.0.1:9092), TOPIC_PREFIX ("", "test." for the test topics).
 */
public class DeadLetters {
    static final String KAFKA = System.getenv().getOrDefault("KAFKA", "127.0.0.1:9092");
    static final String PREFIX = System.getenv().getOrDefault("TOPIC_PREFIX", "");
    static final String TOPIC = PREFIX + "hotline.dead-letter";
    static final String GROUP = "hotline-dead-letter-replay" + (PREFIX.isEmpty() ? "" : "-" + PREFIX.replace(".", ""));

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "list" : args[0];
        if (!command.equals("list") && !command.equals("replay")) {
            System.err.println("usage: DeadLetters list|replay");
            System.exit(2);
        }
        boolean replay = command.equals("replay");
        java.util.Set<String> cases = new java.util.HashSet<>(java.util.Arrays.asList(args).subList(1, args.length));
        Properties c = new Properties();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        int seen = 0, sent = 0, skipped = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
             KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata at = committed.get(tp);
                if (at == null || !cases.isEmpty()) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, at.offset());
                }
            }
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(2))) {
                    if (!cases.isEmpty() && !cases.contains(r.key())) {
                        continue;
                    }
                    seen++;
                    String origin = header(r, "dead-letter-topic");
                    System.out.printf("%s  %-26s %-38s %-18s %s%n", Instant.ofEpochMilli(r.timestamp()), origin,
                            header(r, "ce_type"), r.key(), header(r, "dead-letter-reason"));
                    if (replay) {
                        if (origin == null) {
                            skipped++; // not written by a consumer's dead-letter handler: nowhere to send it back
                        } else {
                            ProducerRecord<String, String> back = new ProducerRecord<>(origin, r.key(), r.value());
                            for (Header h : r.headers()) {
                                if (!h.key().startsWith("dead-letter-")) {
                                    back.headers().add(h);
                                }
                            }
                            producer.send(back).get();
                            sent++;
                        }
                    }
                    done.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                }
            }
            if (replay && !done.isEmpty() && cases.isEmpty()) {
                producer.flush();
                consumer.commitSync(done);
            }
        }
        System.out.printf(replay ? "dead letters: %d, sent back: %d, skipped (no original topic): %d%n"
                : "dead letters waiting: %d (deploy/dead-letter/replay sends them back)%n", seen, sent, skipped);
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
