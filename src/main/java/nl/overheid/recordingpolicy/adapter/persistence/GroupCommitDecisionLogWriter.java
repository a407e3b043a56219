package nl.overheid.recordingpolicy.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;

import nl.overheid.recordingpolicy.application.audit.DecisionLogUnavailableException;
import nl.overheid.recordingpolicy.application.audit.DecisionLogWriter;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;

/**
 * Group commit for the decision log. Every recording and usage decision needs its record stored before it is
 * answered; one transaction per decision would make the log the bottleneck. Request threads queue their record
 * and wait; one writer thread takes whatever has queued up (up to {@link #MAX_BATCH}), inserts it with one JDBC
 * batch and one commit, and only then releases the waiting requests. Under load a commit carries many
 * records; a lone request waits for just its own. Nothing is acknowledged before it is committed, so nothing
 * acknowledged is lost; a failed batch fails every decision in it. The row mapping is {@link DecisionLogTable}.
 * There is no deliberate wait for a batch to fill: a record waits at most for the commit under way and then its own.
 * Every minute with decisions, the server log says how long they waited ({@link CommitWaits}).
 */
@ApplicationScoped
public class GroupCommitDecisionLogWriter implements DecisionLogWriter {

    static final int MAX_BATCH = 256;
    private static final int QUEUE_CAPACITY = 8_192;
    private static final long ENQUEUE_TIMEOUT_MS = 2_000;
    private static final long COMMIT_TIMEOUT_MS = 10_000;
    private static final long WAITS_WINDOW_SECONDS = 60;
    private static final Logger LOG = Logger.getLogger(GroupCommitDecisionLogWriter.class.getName());

    @Resource(lookup = "java:jboss/datasources/GatewayDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
    private volatile boolean running;
    private Thread writer;

    private record Pending(DecisionRecord record, CompletableFuture<Void> committed, long queuedAtNanos) {
    }

    private final CommitWaits waits = new CommitWaits();
    private final long[] batchWaits = new long[MAX_BATCH];

    @PostConstruct
    void start() {
        running = true;
        writer = threads.newThread(this::writeWhileRunning);
        writer.setName("decision-log-writer");
        writer.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
        try {
            writer.join(COMMIT_TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(pending -> pending.committed().completeExceptionally(new IllegalStateException("shutting down")));
    }

    @Override
    public void write(DecisionRecord record) {
        Pending pending = new Pending(record, new CompletableFuture<>(), System.nanoTime());
        try {
            if (!running || !queue.offer(pending, ENQUEUE_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                throw new DecisionLogUnavailableException("the decision log is not accepting records", null);
            }
            pending.committed().get(COMMIT_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionLogUnavailableException("interrupted while storing the decision record", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new DecisionLogUnavailableException("the decision record could not be stored", e);
        }
    }

    private void writeWhileRunning() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        long windowStart = System.nanoTime();
        while (running || !queue.isEmpty()) {
            if (System.nanoTime() - windowStart >= TimeUnit.SECONDS.toNanos(WAITS_WINDOW_SECONDS)) {
                if (!waits.isEmpty()) {
                    LOG.info(waits.summaryAndReset(WAITS_WINDOW_SECONDS));
                }
                windowStart = System.nanoTime();
            }
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    Thread.currentThread().interrupt();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "decision-log writer failed a batch", e);
                batch.forEach(pending -> pending.committed().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(DecisionLogTable.INSERT)) {
                for (Pending pending : batch) {
                    DecisionLogTable.bind(insert, pending.record());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
            long committedAt = System.nanoTime();
            for (int i = 0; i < batch.size(); i++) {
                batchWaits[i] = committedAt - batch.get(i).queuedAtNanos();
            }
            waits.committed(batchWaits, batch.size());
            batch.forEach(pending -> pending.committed().complete(null));
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "could not store " + batch.size() + " decision records", e);
            batch.forEach(pending -> pending.committed().completeExceptionally(e));
        }
    }
}
