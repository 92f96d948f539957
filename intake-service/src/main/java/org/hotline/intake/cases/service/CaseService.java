package org.hotline.intake.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.intake.cases.CaseStatus;
import org.hotline.intake.cases.HotlineCase;
import org.hotline.intake.cases.mapping.CaseMapper;
import org.hotline.intake.cases.rest.RegisterComplaint;
import org.hotline.intake.config.IntakeConfig;
import org.hotline.platform.events.EventType;
import org.hotline.platform.outbox.Outbox;
import org.hotline.platform.problem.Problem;
import org.hotline.platform.problem.ProblemException;
import org.hotline.platform.time.ClockProducer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Registering and reading cases; owns the transactions. */
@ApplicationScoped
public class CaseService {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final CaseMapper mapper;
    private final Outbox outbox;
    private final Clock clock;
    private final IntakeConfig config;

    public CaseService(CaseMapper mapper, Outbox outbox, Clock clock, IntakeConfig config) {
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    /** Accepts (受理) a complaint: the case and its {@code case.registered} event commit together. */
    @WithTransaction
    public Uni<HotlineCase> register(RegisterComplaint request, String operator) {
        Instant now = clock.instant();
        validate(request, now);
        HotlineCase c = mapper.toEntity(request);
        c.receivedAt = request.receivedAt() == null ? now : request.receivedAt();
        c.status = CaseStatus.REGISTERED;
        c.registeredBy = operator;
        c.registeredAt = now;
        return nextNumber(c, c.receivedAt)
                .invoke(number -> c.caseNumber = number)
                .chain(number -> c.<HotlineCase>persist())
                .call(saved -> outbox.add(EventType.CASE_REGISTERED, saved.caseNumber, mapper.toRegistered(saved)));
    }

    @WithSession
    public Uni<HotlineCase> find(String caseNumber) {
        return HotlineCase.findByNumber(caseNumber)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no case " + caseNumber));
    }

    /** Case numbers the caller can read out: channel letter, day of receipt (bureau's zone), daily sequence. */
    private Uni<String> nextNumber(HotlineCase c, Instant receivedAt) {
        LocalDate day = receivedAt.atZone(ClockProducer.BUREAU_ZONE).toLocalDate();
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into case_number_sequence (channel, day, last) values (:channel, :day, 1) "
                                + "on conflict (channel, day) do update set last = case_number_sequence.last + 1 "
                                + "returning last", Integer.class)
                .setParameter("channel", c.channel.name())
                .setParameter("day", day)
                .getSingleResult())
                .map(seq -> "%s-%s-%04d".formatted(c.channel.prefix(), DAY.format(day), seq));
    }

    private void validate(RegisterComplaint request, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!config.categories().contains(request.category())) {
            errors.add(new Problem.FieldError("category", "is not in the catalogue " + config.categories()));
        }
        if (!config.districts().contains(request.location().district())) {
            errors.add(new Problem.FieldError("location.district", "is not one of " + config.districts()));
        }
        if (request.priority() != null && !config.priorities().contains(request.priority())) {
            errors.add(new Problem.FieldError("priority", "is not one of " + config.priorities()));
        }
        if (request.receivedAt() != null && request.receivedAt().isBefore(now.minus(config.maxReceivedAge()))) {
            errors.add(new Problem.FieldError("receivedAt", "is more than " + config.maxReceivedAge() + " ago"));
        }
        if (request.receivedAt() != null && request.receivedAt().isAfter(now)) {
            errors.add(new Problem.FieldError("receivedAt", "is in the future"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid complaint",
                    errors.stream().map(e -> e.field() + " " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""),
                    errors);
        }
    }
}
