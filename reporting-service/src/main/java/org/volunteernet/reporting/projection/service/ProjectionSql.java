package org.volunteernet.reporting.projection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

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
}
