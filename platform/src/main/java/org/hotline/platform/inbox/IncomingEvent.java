package org.hotline.platform.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hotline.platform.events.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A CloudEvent read from Kafka (binary mode): its attributes and its JSON data. */
public record IncomingEvent(UUID id, String topic, String type, String source, String subject, String key, String data) {

    /** Reads the CloudEvent attributes; a record without a valid {@code ce_id} or {@code ce_type} cannot be processed. */
    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new UnprocessableEventException("not a CloudEvent: ce_id or ce_type header missing");
        }
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("ce_id is not a UUID: " + id);
        }
        return new IncomingEvent(uuid, record.topic(), type, header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT), record.key(), record.value());
    }

    /** The data as a contract record; a tolerant reader: fields a newer producer added are ignored. */
    public <T> T data(ObjectMapper json, Class<T> type) {
        try {
            T value = json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(data);
            if (value == null) {
                throw new UnprocessableEventException("event " + id + " has no data");
            }
            return value;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // where it broke, never the text (a value it quotes could be personal data)
            String where = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                    ? "at " + m.getPathReference() : e.getLocation() == null ? "" : "at offset " + e.getLocation().getCharOffset();
            throw new UnprocessableEventException("event " + id + " data is not a valid " + type.getSimpleName()
                    + " (" + e.getClass().getSimpleName() + " " + where + ")");
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
