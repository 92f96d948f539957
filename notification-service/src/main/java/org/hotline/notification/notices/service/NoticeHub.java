package org.hotline.notification.notices.service;

import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.notification.config.NotificationConfig;
import org.hotline.notification.notices.SquadNotice;
import org.hotline.platform.work.LiveFeed;

/** Supervisors' notices live: one database read per instance for every squad's readers ({@link LiveFeed}). */
@ApplicationScoped
@Startup
public class NoticeHub {
    private final LiveFeed<SquadNotice> notices;

    public NoticeHub(Vertx vertx, NoticeService service, NotificationConfig config) {
        NotificationConfig.Streams streams = config.streams();
        this.notices = new LiveFeed<>(vertx, "squad notice reader", streams.poll(), streams.batch(), streams.ring(),
                n -> n.id, (after, limit) -> service.after(null, after, limit), service::latestId);
    }

    public LiveFeed<SquadNotice> notices() {
        return notices;
    }
}
