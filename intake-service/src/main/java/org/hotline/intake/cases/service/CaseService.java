package org.hotline.intake.cases.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.intake.cases.AddressKey;
import org.hotline.intake.cases.CaseChange;
import org.hotline.intake.cases.CaseRecord;
import org.hotline.intake.cases.CaseStep;
import org.hotline.intake.cases.Complaint;
import org.hotline.intake.cases.Correction;
import org.hotline.intake.cases.HotlineCase;
import org.hotline.intake.cases.Location;
import org.hotline.intake.cases.PhoneNumber;
import org.hotline.intake.cases.Step;
import org.hotline.intake.cases.mapping.CaseMapper;
import org.hotline.intake.config.IntakeConfig;
import org.hotline.platform.config.HotlineConfig;
import org.hotline.platform.events.EventType;
import org.hotline.platform.events.contracts.CallerContact;
import org.hotline.platform.outbox.Outbox;
import org.hotline.platform.problem.Problem;
import org.hotline.platform.problem.ProblemException;
import org.hotline.platform.text.Sha256;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Registering, correcting and reading cases; owns the transactions. */
@ApplicationScoped
public class CaseService {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final CaseMapper mapper;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;
    private final IntakeConfig config;
    private final HotlineConfig.Catalogue catalogue;
    private final ObjectMapper json;
    private final Pool pool;

    public CaseService(CaseMapper mapper, Outbox outbox, Clock clock, ZoneId zone, IntakeConfig config,
                       HotlineConfig hotline, ObjectMapper json, Pool pool) {
        this.pool = pool;
        this.zone = zone;
        this.catalogue = hotline.catalogue();
        this.mapper = mapper;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.json = json;
    }

    /** A registration's answer: the case, and whether it was created now or by an earlier try with the same key. */
    public record Registration(HotlineCase registered, boolean replayed) {
    }

    /**
     * Accepts (受理) a complaint: the case, its first timeline step and its {@code case.registered} event commit
     * together. With an {@code idempotencyKey}, a retry of the same request returns the case the first try
     * created; the same key with another request is a 422. The case number is taken first, in its own short
     * transaction, so that no registration holds a connection while waiting for another.
     */
    public Uni<Registration> register(Complaint request, String operator, String idempotencyKey) {
        Instant now = clock.instant();
        String phone = validate(request, now);
        HotlineCase c = mapper.toEntity(request);
        c.callerPhone = phone;
        c.receivedAt = request.receivedAt() == null ? now : request.receivedAt().truncatedTo(ChronoUnit.MICROS); // as stored
        return nextNumber(c).chain(number -> Panache.withTransaction(() -> {
            c.caseNumber = number;
            if (idempotencyKey == null) {
                return create(c, operator, now).map(saved -> new Registration(saved, false));
            }
            String hash = hash(request);
            return claim(idempotencyKey, operator, hash, number, now).chain(claimed -> claimed
                    ? create(c, operator, now).map(saved -> new Registration(saved, false))
                    : replay(idempotencyKey, operator, hash));
        }));
    }

    private Uni<HotlineCase> create(HotlineCase c, String operator, Instant now) {
        c.addressKey = AddressKey.of(c.district, c.street, c.address);
        return likelyDuplicate(c)
                .invoke(original -> c.register(operator, now, original))
                .chain(() -> c.<HotlineCase>persist())
                .call(saved -> CaseStep.of(saved.caseNumber, Step.REGISTERED, saved.receivedAt, null, null, null).persist())
                .call(saved -> outbox.add(EventType.CASE_REGISTERED, saved.caseNumber, mapper.toRegistered(saved)))
                .call(saved -> saved.anonymous ? Uni.createFrom().voidItem()
                        : outbox.add(EventType.CASE_CONTACT, saved.caseNumber,
                        new CallerContact(saved.caseNumber, saved.callerName, saved.callerPhone)));
    }

    /**
     * Links likely duplicates — open cases of the same category at the same address within the window (all stay
     * cases) — always the later-received to the earlier: returns the original the new case duplicates, if any; when
     * the new case was received before every open one of its address (a call logged late), it becomes their
     * original and they, with whatever was linked to them, are linked to it. Registrations of one address and
     * category take turns (a lock held to the end of the transaction), so two calls at the same moment see each other.
     */
    private Uni<String> likelyDuplicate(HotlineCase c) {
        if (c.addressKey == null) {
            return Uni.createFrom().nullItem();
        }
        Duration window = config.duplicateWindow();
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(hashtext('likely-duplicate'), hashtext(:key))")
                        .setParameter("key", c.category + "|" + c.addressKey).getSingleResult())
                .chain(() -> HotlineCase.<HotlineCase>find(
                                // the literal status lets PostgreSQL use the partial index of open cases
                                "category = ?1 and addressKey = ?2 and status <> org.hotline.intake.cases.CaseStatus.CLOSED "
                                        + "and receivedAt >= ?3 and receivedAt <= ?4 order by receivedAt desc, caseNumber desc",
                                c.category, c.addressKey, c.receivedAt.minus(window), c.receivedAt.plus(window))
                        .list())
                .chain(open -> {
                    Optional<HotlineCase> before = open.stream().filter(o -> !o.receivedAt.isAfter(c.receivedAt)).findFirst();
                    if (before.isPresent()) {
                        HotlineCase original = before.get();
                        return Uni.createFrom().item(original.duplicateOf != null ? original.duplicateOf : original.caseNumber);
                    }
                    List<String> later = open.stream().map(o -> o.duplicateOf != null ? o.duplicateOf : o.caseNumber).distinct().toList();
                    if (later.isEmpty()) {
                        return Uni.createFrom().nullItem();
                    }
                    return HotlineCase.update("duplicateOf = ?1 where caseNumber in ?2 or duplicateOf in ?2", c.caseNumber, later)
                            .replaceWith((String) null);
                });
    }

    /**
     * Takes the key for this request, naming the case it will create (the key commits with the case, or not at all);
     * false when an earlier request holds it (waiting for that one to commit).
     */
    private Uni<Boolean> claim(String key, String operator, String hash, String caseNumber, Instant now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into idempotency_key (key, operator, request_hash, case_number, created_at) "
                                + "values (:key, :operator, :hash, :number, :now) on conflict (key) do nothing")
                .setParameter("key", key).setParameter("operator", operator)
                .setParameter("hash", hash).setParameter("number", caseNumber).setParameter("now", now)
                .executeUpdate()
                .map(inserted -> inserted > 0));
    }

    private Uni<Registration> replay(String key, String operator, String hash) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "select operator, request_hash, case_number from idempotency_key where key = :key", Object[].class)
                .setParameter("key", key)
                .getSingleResult())
                .chain(row -> {
                    if (!operator.equals(row[0]) || !hash.equals(row[1])) {
                        return Uni.createFrom().failure(new ProblemException(422, "Idempotency-Key reused",
                                "this Idempotency-Key was used for a different request; use a new key for a new complaint",
                                List.of(new Problem.FieldError("Idempotency-Key", "was used for a different request"))));
                    }
                    return HotlineCase.findByNumber((String) row[2]).map(c -> new Registration(c, true));
                });
    }

    /** Corrects a mistake until a squad has the case; every changed field is kept with who and when. */
    @WithTransaction
    public Uni<CaseRecord> correct(String caseNumber, Correction correction, String operator) {
        Instant now = clock.instant();
        validate(correction);
        return load(caseNumber).chain(c -> {
            if (!c.status.correctable()) {
                return Uni.createFrom().failure(ProblemException.conflict(
                        "case " + caseNumber + " is " + c.status + ": it can be corrected only until a squad has it"));
            }
            List<CaseChange> changes = new ArrayList<>();
            if (correction.category() != null) {
                c.category = change(changes, "category", c.category, correction.category());
            }
            if (correction.description() != null) {
                c.description = change(changes, "description", c.description, correction.description());
            }
            Location l = correction.location();
            if (l != null) {
                c.district = change(changes, "location.district", c.district, l.district());
                c.street = change(changes, "location.street", c.street, l.street());
                c.address = change(changes, "location.address", c.address, l.address());
                c.gridCell = change(changes, "location.gridCell", c.gridCell, l.gridCell());
                c.latitude = change(changes, "location.latitude", c.latitude, l.latitude());
                c.longitude = change(changes, "location.longitude", c.longitude, l.longitude());
                c.addressKey = AddressKey.of(c.district, c.street, c.address);
            }
            if (changes.isEmpty()) {
                return details(c);
            }
            changes.forEach(ch -> {
                ch.caseNumber = caseNumber;
                ch.changedBy = operator;
                ch.changedAt = now;
            });
            String fields = String.join(", ", changes.stream().map(ch -> ch.field).toList());
            return CaseChange.persist(changes)
                    .chain(() -> CaseStep.of(caseNumber, Step.CORRECTED, now, null, null, fields).persist())
                    .chain(() -> outbox.add(EventType.CASE_CORRECTED, caseNumber, mapper.toCorrected(c, now)))
                    .chain(() -> details(c));
        });
    }

    private static <T> T change(List<CaseChange> changes, String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            CaseChange ch = new CaseChange();
            ch.field = field;
            ch.oldValue = before == null ? null : before.toString();
            ch.newValue = after == null ? null : after.toString();
            changes.add(ch);
        }
        return after;
    }

    /** A case with its timeline and its corrections. */
    @WithSession
    public Uni<CaseRecord> find(String caseNumber) {
        return load(caseNumber).chain(this::details);
    }

    private Uni<HotlineCase> load(String caseNumber) {
        return HotlineCase.findByNumber(caseNumber)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no case " + caseNumber));
    }

    private Uni<CaseRecord> details(HotlineCase c) {
        return CaseStep.of(List.of(c.caseNumber))
                .chain(steps -> CaseChange.<CaseChange>list("caseNumber = ?1 order by id", c.caseNumber)
                        .map(changes -> new CaseRecord(c, steps, changes)));
    }

    /**
     * The case number's parts: channel letter, day of receipt (bureau's zone), daily sequence. The counter is
     * taken in its own short transaction (like a database sequence) so that concurrent registrations never queue
     * behind one another's commits; a registration that fails afterwards (or a replayed retry) leaves a gap, never
     * a duplicate.
     */
    private Uni<String> nextNumber(HotlineCase c) {
        LocalDate day = c.receivedAt.atZone(zone).toLocalDate();
        // the pool answers on its own connection's context: come back to the request's, where its session lives
        Context request = Vertx.currentContext();
        return pool.preparedQuery("insert into case_number_sequence (channel, day, last) values ($1, $2, 1) "
                        + "on conflict (channel, day) do update set last = case_number_sequence.last + 1 returning last")
                .execute(Tuple.of(c.channel.name(), day))
                .map(rows -> rows.iterator().next().getInteger(0))
                .emitOn(task -> request.runOnContext(v -> task.run()))
                .map(seq -> "%s-%s-%04d".formatted(c.channel.prefix(), DAY.format(day), seq));
    }

    /** Checks what bean validation cannot; returns the caller's phone in canonical form (null when anonymous). */
    private String validate(Complaint request, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkCatalogues(errors, request.category(), request.location());
        if (request.priority() != null && !catalogue.priorities().contains(request.priority())) {
            errors.add(new Problem.FieldError("priority", "is not one of " + catalogue.priorities()));
        }
        if (request.receivedAt() != null && request.receivedAt().isBefore(now.minus(config.maxReceivedAge()))) {
            errors.add(new Problem.FieldError("receivedAt", "is more than " + config.maxReceivedAge() + " ago"));
        }
        if (request.receivedAt() != null && request.receivedAt().isAfter(now)) {
            errors.add(new Problem.FieldError("receivedAt", "is in the future"));
        }
        String phone = null;
        if (request.caller() != null) {
            phone = PhoneNumber.normalise(request.caller().phone()).orElse(null);
            if (phone == null) {
                errors.add(new Problem.FieldError("caller.phone",
                        "is not a mainland mobile (11 digits, 1[3-9]...) or landline number (with or without area code)"));
            }
        }
        reject("Invalid complaint", errors);
        return phone;
    }

    private void validate(Correction correction) {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkCatalogues(errors, correction.category(), correction.location());
        reject("Invalid correction", errors);
    }

    private void checkCatalogues(List<Problem.FieldError> errors, String category, Location location) {
        if (category != null && !catalogue.categories().containsKey(category)) {
            errors.add(new Problem.FieldError("category", "is not in the catalogue " + catalogue.categoryCodes()));
        }
        if (location != null && !catalogue.districts().contains(location.district())) {
            errors.add(new Problem.FieldError("location.district", "is not one of " + catalogue.districts()));
        }
    }

    private static void reject(String title, List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ProblemException(400, title,
                    String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList()), errors);
        }
    }

    /** The complaint's fingerprint: the same key with another complaint is refused. */
    private String hash(Complaint request) {
        try {
            return Sha256.hex(json.writeValueAsBytes(request));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
