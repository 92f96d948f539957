package org.hotline.platform.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** A look into the service's own test database, as the tests' assertions need it. */
public final class Sql {
    private Sql() {
    }

    /** The first column of the first row of a query with one string parameter (a count, usually). */
    public static long number(DataSource db, String sql, String parameter) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
