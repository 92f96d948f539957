package org.hotline.notification.notices;

import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The default gateway: records that a notice would go out, never to whom (no phone, no name in the log). */
@DefaultBean
@ApplicationScoped
public class LogOnlyGateway implements OutcomeGateway {
    private static final Logger LOG = Logger.getLogger(LogOnlyGateway.class);

    @Override
    public Uni<Void> send(String caseNumber, String phone, String message) {
        LOG.infof("outcome notice for case %s (%d characters) would be sent; recipient withheld", caseNumber, message.length());
        return Uni.createFrom().voidItem();
    }
}
