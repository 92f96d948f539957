package org.hotline.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hotline.platform.problem.ProblemException;

/**
 * The one squad rule, by operation rather than by role: a supervisor <em>acts</em> only on their own squad's
 * dispatches (the {@code squad} claim of their token), whatever other roles they hold; <em>reading</em> every
 * squad's is the right of dispatchers and auditors. A supervisor's token without a squad is a 403.
 */
@RequestScoped
public class SquadScope {
    public static final String CLAIM = "squad";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public SquadScope(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The squad a supervisor acts for: always the token's squad. */
    public String acting() {
        String squad = token.getClaim(CLAIM);
        if (squad == null || squad.isBlank()) {
            throw new ProblemException(403, "No squad", "the supervisor's token carries no squad claim");
        }
        return squad;
    }

    /** Whose dispatches the caller may read: null for every squad's (dispatchers and auditors), else their own. */
    public String reading() {
        return identity.hasRole("dispatcher") || identity.hasRole("auditor") ? null : acting();
    }
}
