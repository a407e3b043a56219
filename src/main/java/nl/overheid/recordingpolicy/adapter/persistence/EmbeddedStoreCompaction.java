package nl.overheid.recordingpolicy.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Keeps the embedded database's file in proportion to its data. The default URL writes every commit to the file
 * before the answer ({@code WRITE_DELAY=0}); H2 then writes one chunk per commit and never starts the background
 * thread that would compact them, so the file grew by about 27 KB per write without bound (docs/operations.md). Every
 * {@link #INTERVAL_MILLIS} ms this rewrites the live pages of chunks that are less than {@link #TARGET_FILL_RATE}%
 * alive (at most {@link #WRITE_LIMIT_BYTES} per run, so a commit never waits long for the store lock), after which the
 * emptied chunks' space is reused by the next commits; the default URL's {@code RETENTION_TIME=0} lets it be reused at
 * once instead of after H2's 45 s. This is the same call H2's own background writer makes, through H2's API (the
 * deployment sees module com.h2database.h2); nothing here runs for PostgreSQL or an in-memory H2.
 */
@ApplicationScoped
public class EmbeddedStoreCompaction {

    static final int TARGET_FILL_RATE = 50;
    static final int WRITE_LIMIT_BYTES = 2 * 1024 * 1024;
    static final long INTERVAL_MILLIS = 250;
    private static final Logger LOG = Logger.getLogger(EmbeddedStoreCompaction.class.getName());

    @Resource(lookup = "java:jboss/datasources/GatewayDS")
    DataSource dataSource;

    /**
     * The runs get a thread of their own from the container's factory, not the managed scheduled executor: that one
     * refuses every run once the server suspends for a shutdown, each refusal an ERROR with a stack trace, and a run
     * every 250 ms always falls in that window. This thread stops at {@link #stop()}.
     */
    @Resource
    ManagedThreadFactory threads;

    private ScheduledExecutorService scheduler;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        try (Connection connection = dataSource.getConnection()) {
            if (fileStore(connection) == null) {
                return;
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not tell whether the database is an embedded H2 file; not compacting it", e);
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        scheduler.scheduleWithFixedDelay(this::compactOnce, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info(() -> "The embedded database file is compacted every " + INTERVAL_MILLIS + " ms");
    }

    @PreDestroy
    void stop() {
        if (scheduler == null) {
            return;
        }
        // No interrupt: an interrupted file channel would close H2's store under it. A run under way finishes first.
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failed run (the database closing, a connection refused) is logged quietly and retried at the next tick. */
    void compactOnce() {
        try (Connection connection = dataSource.getConnection()) {
            compact(connection);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Compaction of the embedded database skipped", e);
        }
    }

    /** One compaction step on the store behind this connection; false when there was nothing (or nothing H2) to do. */
    static boolean compact(Connection connection) throws SQLException {
        MVStore store = fileStore(connection);
        return store != null && !store.isClosed() && store.compact(TARGET_FILL_RATE, WRITE_LIMIT_BYTES);
    }

    /** The MVStore of an embedded H2 file database behind this (possibly pooled) connection, or null for any other. */
    static MVStore fileStore(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null;
        }
        MVStore store = session.getDatabase().getStore().getMvStore();
        return store.getFileStore() == null ? null : store;
    }
}
