package org.hotline.intake.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.intake.cases.CaseCriteria;
import org.hotline.intake.cases.CaseRecord;
import org.hotline.intake.cases.CaseStatus;
import org.hotline.intake.cases.CaseStep;
import org.hotline.intake.cases.Channel;
import org.hotline.intake.cases.FoundCases;
import org.hotline.intake.cases.HotlineCase;
import org.hotline.intake.cases.PhoneNumber;
import org.hotline.intake.config.IntakeConfig;
import org.hotline.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Searching cases, newest first, with a keyset cursor (received time, id): a page never repeats or skips a case
 * however many cases arrive between two pages.
 */
@ApplicationScoped
public class CaseSearch {
    private final IntakeConfig config;
    private final Clock clock;
    private final ZoneId zone;

    public CaseSearch(IntakeConfig config, Clock clock, ZoneId zone) {
        this.config = config;
        this.clock = clock;
        this.zone = zone;
    }

    @WithSession
    public Uni<FoundCases> search(CaseCriteria q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (q.status() != null) {
            where.append(" and status = :status");
            params.and("status", parse(CaseStatus.class, "status", q.status()));
        }
        if (q.channel() != null) {
            where.append(" and channel = :channel");
            params.and("channel", parse(Channel.class, "channel", q.channel()));
        }
        if (q.category() != null) {
            where.append(" and category = :category");
            params.and("category", q.category());
        }
        if (q.district() != null) {
            where.append(" and district = :district");
            params.and("district", q.district());
        }
        Instant from = time("from", q.from());
        Instant to = time("to", q.to());
        if (q.phone() != null) {
            String phone = PhoneNumber.normalise(q.phone())
                    .orElseThrow(() -> ProblemException.invalid("phone", "is not a mainland mobile or landline number"));
            where.append(" and callerPhone = :phone");
            params.and("phone", phone);
            if (from == null) {
                from = clock.instant().minus(config.recentCases());
            }
        }
        if (from != null) {
            where.append(" and receivedAt >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and receivedAt < :to");
            params.and("to", to);
        }
        if (q.cursor() != null) {
            Cursor after = Cursor.parse(q.cursor());
            where.append(" and (receivedAt < :cursorAt or (receivedAt = :cursorAt and id < :cursorId))");
            params.and("cursorAt", after.receivedAt()).and("cursorId", after.id());
        }
        boolean withTimelines = q.phone() != null;
        return HotlineCase.<HotlineCase>find(where + " order by receivedAt desc, id desc", params)
                .range(0, q.limit()) // one more than a page: is there a next page?
                .list()
                .chain(found -> {
                    List<HotlineCase> page = found.size() > q.limit() ? found.subList(0, q.limit()) : found;
                    String next = found.size() > q.limit() ? new Cursor(page.get(page.size() - 1)).encode() : null;
                    if (!withTimelines || page.isEmpty()) {
                        return Uni.createFrom().item(new FoundCases(page.stream().map(CaseRecord::of).toList(), next));
                    }
                    return CaseStep.of(page.stream().map(c -> c.caseNumber).toList()).map(steps -> {
                        Map<String, List<CaseStep>> byCase = steps.stream().collect(Collectors.groupingBy(s -> s.caseNumber));
                        List<CaseRecord> items = page.stream()
                                .map(c -> new CaseRecord(c, byCase.getOrDefault(c.caseNumber, List.of()), null)).toList();
                        return new FoundCases(items, next);
                    });
                });
    }

    /** An ISO-8601 time with offset ({@code 2026-11-01T08:00:00+08:00}, {@code ...Z}) or a date in the bureau's zone. */
    private Instant time(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(zone).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "is not a date (2026-11-01) or an ISO-8601 time (2026-11-01T08:00:00+08:00)");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Where the previous page ended: the last case's received time and id, opaque to clients. */
    record Cursor(Instant receivedAt, long id) {
        Cursor(HotlineCase last) {
            this(last.receivedAt, last.id);
        }

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((receivedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this service gave out (use the page's next)");
            }
        }
    }
}
