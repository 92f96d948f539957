package org.hotline.platform.problem;

import io.vertx.pgclient.PgException;

/**
 * Two users acting on the same thing at once, and this one came second: the row changed under it (an optimistic
 * lock, a serialization failure, a deadlock victim) or the other one wrote the same row first (a unique key). The
 * second action did not happen; the answer is a 409 telling the client to reload and decide again — never a 500.
 */
public final class LostRace {
    /** 40001 serialization failure, 40P01 deadlock victim, 23505 the other one inserted the same key first. */
    private static final java.util.Set<String> RACE_STATES = java.util.Set.of("40001", "40P01", "23505");

    private LostRace() {
    }

    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (t instanceof org.hibernate.JDBCException jdbc && RACE_STATES.contains(String.valueOf(jdbc.getSQLState()))) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null) {
                // 40001 serialization failure, 40P01 deadlock victim, 23505 the other one inserted the same key first
                String state = pg.getSqlState();
                if (state.equals("40001") || state.equals("40P01") || state.equals("23505")) {
                    return true;
                }
            }
        }
        return false;
    }

    public static ProblemException problem() {
        return new ProblemException(409, "Changed meanwhile",
                "someone else changed this at the same moment, so this action was not done; reload and try again");
    }
}
