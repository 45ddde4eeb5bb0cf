package org.volunteernet.reporting.projection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** Positional native SQL for the projections and report readers: the tables are aggregates, not entities. */
@ApplicationScoped
public class ProjectionSql {

    @Inject
    EntityManager entityManager;

    /** Runs an INSERT/UPDATE/DELETE; returns the rows it touched. */
    public int update(String statement, Object... parameters) {
        var query = entityManager.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String statement, Object... parameters) {
        var query = entityManager.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> result = query.getResultList();
        return result.stream().map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    /** The single value of a statement returning one row and one column (e.g. {@code RETURNING}). */
    public Object value(String statement, Object... parameters) {
        var query = entityManager.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Runs a statement whose parameters are columns of equal length, one row per index (read with
     * {@code unnest(?::type[], ...)}), on the transaction's own connection: a batch's rows in one
     * round trip. Returns the rows of its RETURNING clause, if it has one.
     */
    public List<Object[]> unnest(String statement, Object[]... columns) {
        if (columns.length == 0 || columns[0].length == 0) {
            return List.of();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement batch = connection.prepareStatement(statement)) {
                for (int i = 0; i < columns.length; i++) {
                    batch.setArray(i + 1, array(connection, columns[i]));
                }
                List<Object[]> rows = new ArrayList<>();
                if (batch.execute()) {
                    try (ResultSet result = batch.getResultSet()) {
                        int width = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            Object[] row = new Object[width];
                            for (int c = 0; c < width; c++) {
                                row[c] = result.getObject(c + 1);
                            }
                            rows.add(row);
                        }
                    }
                }
                return rows;
            }
        });
    }

    /** UUIDs, numbers and dates travel as their text (the statement casts the array); strings and ints as they are. */
    private static java.sql.Array array(Connection connection, Object[] column) throws SQLException {
        Class<?> type = column.getClass().getComponentType();
        if (type == Integer.class) {
            return connection.createArrayOf("int4", column);
        }
        if (type == Long.class) {
            return connection.createArrayOf("int8", column);
        }
        String[] text = new String[column.length];
        for (int i = 0; i < column.length; i++) {
            text[i] = column[i] == null ? null : column[i] instanceof BigDecimal d ? d.toPlainString() : column[i].toString();
        }
        return connection.createArrayOf("text", text);
    }
}
