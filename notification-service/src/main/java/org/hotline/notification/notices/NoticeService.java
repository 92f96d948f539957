package org.hotline.notification.notices;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.platform.events.contracts.CaseClosed;
import org.hotline.platform.events.contracts.DeadlineReached;
import org.hotline.platform.events.contracts.DispatchCreated;

import java.time.Clock;
import java.time.Instant;

/**
 * Internal notices: to supervisors (streamed) and to complainants (written here, sent by {@link OutcomeNotices}).
 * Runs in inbox transactions.
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
}
