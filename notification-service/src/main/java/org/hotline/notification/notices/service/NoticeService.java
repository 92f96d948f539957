package org.hotline.notification.notices.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.notification.notices.SquadNotice;
import org.hotline.platform.events.contracts.CaseClosed;
import org.hotline.platform.events.contracts.DeadlineReached;
import org.hotline.platform.events.contracts.DispatchCreated;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Internal notices: to supervisors (streamed) and to complainants (written here, sent by {@link OutcomeNotices}).
 * The writers run in inbox transactions.
 */
@ApplicationScoped
public class NoticeService {
    private final Clock clock;

    public NoticeService(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> newWork(DispatchCreated d, String kind) {
        if (d.squad() == null) {
            return Uni.createFrom().voidItem();
        }
        return notice(d.squad(), kind, d.caseNumber(), d.dispatchId(), "on site by " + d.onSiteDue(), d.dispatchedAt());
    }

    public Uni<Void> deadline(DeadlineReached r) {
        if (r.squad() == null) {
            return Uni.createFrom().voidItem();
        }
        return notice(r.squad(), r.stage(), r.caseNumber(), r.dispatchId(), r.kind() + " due " + r.deadline(), r.raisedAt());
    }

    private Uni<Void> notice(String squad, String kind, String caseNumber, long dispatchId, String detail, Instant at) {
        SquadNotice n = new SquadNotice();
        n.squad = squad;
        n.kind = kind;
        n.caseNumber = caseNumber;
        n.dispatchId = dispatchId;
        n.detail = detail;
        n.at = at;
        return n.persist().replaceWithVoid();
    }

    public Uni<Void> rememberPhone(String caseNumber, String phone) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into complainant_phone (case_number, phone) values (:n, :p) on conflict (case_number) do update set phone = :p")
                .setParameter("n", caseNumber).setParameter("p", phone).executeUpdate()).replaceWithVoid();
    }

    /**
     * The complainant will hear how their case ended: the notice is queued in this transaction and sent after it
     * commits (anonymous callers leave no number: nothing to send; one notice per case).
     */
    public Uni<Void> outcome(CaseClosed closed) {
        Instant now = clock.instant();
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into outcome_notice (case_number, message, created_at, next_attempt_at) "
                                + "select case_number, :message, :now, :now from complainant_phone where case_number = :n "
                                + "on conflict (case_number) do nothing")
                .setParameter("n", closed.caseNumber())
                .setParameter("message", "【城管执法局】您反映的问题（案件号" + closed.caseNumber() + "）已办结：" + closed.publicSummary())
                .setParameter("now", now)
                .executeUpdate()).replaceWithVoid();
    }

    /** The newest notice's id (0 when there is none): a stream without Last-Event-ID starts after it. */
    @WithSession
    public Uni<Long> latestId() {
        return Panache.getSession().chain(s -> s.createNativeQuery("select coalesce(max(id), 0) from squad_notice", Long.class)
                .getSingleResult());
    }

    /** Notices after {@code afterId}, oldest first: of one squad, or of every squad ({@code squad} null). */
    @WithSession
    public Uni<List<SquadNotice>> after(String squad, long afterId, int limit) {
        return (squad == null
                ? SquadNotice.<SquadNotice>find("id > ?1 order by id", afterId)
                : SquadNotice.<SquadNotice>find("squad = ?1 and id > ?2 order by id", squad, afterId))
                .range(0, limit - 1).list();
    }
}
