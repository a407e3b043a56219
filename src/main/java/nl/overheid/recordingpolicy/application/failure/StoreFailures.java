package nl.overheid.recordingpolicy.application.failure;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.TransactionalException;

/**
 * Tells a database that cannot be reached from every other failure of a use case, so that the former can be
 * answered with "unavailable, retry" and the latter stays the gateway's own error.
 *
 * <p>What arrives when the database is gone, seen with PostgreSQL behind a connection that was cut: Hibernate's
 * GenericJDBCException (a {@link PersistenceException}) "Unable to acquire JDBC Connection", caused by the pool's
 * SQLException without SQLState, caused by IronJacamar's {@link ResourceException} (IJ000453, no managed
 * connection; IJ031084, none could be created), caused by the driver's "connection refused" (SQLState 08001). Not
 * seen in a test, but covered by the same rules: a connection that breaks in the middle of a statement (the
 * driver's SQLState 08006, as Hibernate's JDBCConnectionException) and one that breaks at the commit (from the
 * transaction interceptor, a {@link TransactionalException} around it). Only such causes make a failure
 * "unavailable": a constraint violation, a bug or a failed migration is not.
 */
public final class StoreFailures {

    /** SQLState class 08: connection exception (ISO/IEC 9075, used by PostgreSQL's and H2's drivers). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** Enough for any real chain of causes; a guard against a chain that loops. */
    private static final int MAX_CAUSES = 32;

    private StoreFailures() {
    }

    /**
     * Runs a use case that needs the database.
     *
     * @throws StoreUnavailableException if it failed because the database could not be reached; any other failure
     *                                   is thrown unchanged
     */
    public static <T> T unavailableAsSuch(Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (PersistenceException | TransactionalException e) {
            if (databaseUnreachable(e)) {
                throw new StoreUnavailableException("the database could not be reached", e);
            }
            throw e;
        }
    }

    static boolean databaseUnreachable(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof ResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
