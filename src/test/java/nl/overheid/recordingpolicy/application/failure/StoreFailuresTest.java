package nl.overheid.recordingpolicy.application.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

class StoreFailuresTest {

    @Test
    void aConnectionExceptionFromTheDriverMeansTheDatabaseIsUnavailable() {
        PersistenceException failure = new PersistenceException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        StoreUnavailableException unavailable = assertThrows(StoreUnavailableException.class,
                () -> StoreFailures.unavailableAsSuch(() -> { throw failure; }));
        assertSame(failure, unavailable.getCause());
    }

    @Test
    void aPoolThatGivesNoConnectionMeansTheDatabaseIsUnavailable() {
        // as IronJacamar reports it: Hibernate's exception, the pool's SQLException, its ResourceException
        PersistenceException failure = new PersistenceException("Unable to acquire JDBC Connection",
                new SQLException("IJ031019: You are trying to use a connection factory that has been shut down",
                        new ResourceException("IJ000453: Unable to get managed connection for java:jboss/datasources/GatewayDS")));

        assertThrows(StoreUnavailableException.class, () -> StoreFailures.unavailableAsSuch(() -> { throw failure; }));
    }

    @Test
    void aCommitThatFailsForLackOfAConnectionMeansTheDatabaseIsUnavailable() {
        TransactionalException failure = new TransactionalException("commit failed",
                new RollbackException("rolled back"));
        failure.getCause().initCause(new SQLTransientConnectionException("connection lost"));

        assertThrows(StoreUnavailableException.class, () -> StoreFailures.unavailableAsSuch(() -> { throw failure; }));
        assertThrows(StoreUnavailableException.class, () -> StoreFailures.unavailableAsSuch(() -> {
            throw new PersistenceException(new SQLNonTransientConnectionException("refused"));
        }));
    }

    @Test
    void otherDatabaseFailuresAreNotCalledUnavailable() {
        PersistenceException duplicate = new PersistenceException("could not execute statement",
                new SQLException("duplicate key value violates unique constraint", "23505"));

        PersistenceException thrown = assertThrows(PersistenceException.class,
                () -> StoreFailures.unavailableAsSuch(() -> { throw duplicate; }));
        assertSame(duplicate, thrown);
        assertSame(duplicate.getCause(), assertThrows(PersistenceException.class,
                () -> StoreFailures.unavailableAsSuch(() -> { throw duplicate; })).getCause());
    }

    @Test
    void failuresThatAreNotTheDatabasesPassUnchanged() {
        IllegalStateException bug = new IllegalStateException("a bug");

        assertSame(bug, assertThrows(IllegalStateException.class, () -> StoreFailures.unavailableAsSuch(() -> { throw bug; })));
        assertEquals("answer", StoreFailures.unavailableAsSuch(() -> "answer"));
    }
}
