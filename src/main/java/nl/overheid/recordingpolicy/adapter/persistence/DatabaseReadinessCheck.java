package nl.overheid.recordingpolicy.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness (http://127.0.0.1:9990/health/ready) includes the database: without it the gateway can answer only the
 * questions that need no stored data (lead times, policies), so a load balancer should send traffic elsewhere.
 * The check borrows a connection from the pool (which validates it) and asks the driver whether it is still valid,
 * all within {@link #TIMEOUT_SECONDS}: a database that does not answer is DOWN quickly, not after the pool's
 * blocking timeout or a TCP timeout. The answer says only UP or DOWN; the cause goes to the server log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "gateway-database";
    static final int TIMEOUT_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Resource(lookup = "java:jboss/datasources/GatewayDS")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Override
    public HealthCheckResponse call() {
        Future<Boolean> valid = executor.submit(this::connectionIsValid);
        try {
            return valid.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) ? up() : down();
        } catch (TimeoutException e) {
            valid.cancel(true);
            LOG.warning(() -> "The database did not answer the readiness check within " + TIMEOUT_SECONDS + " s");
            return down();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "The database failed the readiness check", e.getCause());
            return down();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down();
        }
    }

    private boolean connectionIsValid() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        }
    }

    private static HealthCheckResponse up() {
        return HealthCheckResponse.up(NAME);
    }

    private static HealthCheckResponse down() {
        return HealthCheckResponse.down(NAME);
    }
}
