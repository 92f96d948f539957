package org.hotline.notification.disclosure.service;

import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.hotline.notification.config.NotificationConfig;
import org.hotline.notification.disclosure.DisclosureEntry;
import org.hotline.platform.work.LiveFeed;

/** The public feed live: one database read per instance for all its readers ({@link LiveFeed}). */
@ApplicationScoped
@Startup
public class FeedHub {
    private final LiveFeed<DisclosureEntry> feed;

    public FeedHub(Vertx vertx, DisclosureService disclosure, NotificationConfig config) {
        NotificationConfig.Streams streams = config.streams();
        this.feed = new LiveFeed<>(vertx, "public feed reader", streams.poll(), streams.batch(), streams.ring(),
                e -> e.seq, disclosure::entries, () -> disclosure.latest().map(e -> e == null ? 0L : e.seq));
    }

    public LiveFeed<DisclosureEntry> feed() {
        return feed;
    }
}
