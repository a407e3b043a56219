package nl.overheid.recordingpolicy.adapter.schedule;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.configuration.GatewayConfiguration;
import nl.overheid.recordingpolicy.application.consent.ConsentService;

/**
 * Expires recording requests whose conversation passed without a decision: shortly after start-up and then every
 * {@code gateway.consent.expiry-interval} (ISO-8601 duration, system property or GATEWAY_CONSENT_EXPIRY_INTERVAL;
 * default PT15M). Expiry is idempotent, so an overlapping or repeated run (or a second node) does no harm.
 */
@ApplicationScoped
public class ConsentExpirySchedule {

    static final String INTERVAL_PROPERTY = "gateway.consent.expiry-interval";
    static final String INTERVAL_ENV = "GATEWAY_CONSENT_EXPIRY_INTERVAL";
    static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(ConsentExpirySchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ConsentService consents;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        Duration interval = interval();
        task = scheduler.scheduleWithFixedDelay(this::expireDue, Math.min(10_000, interval.toMillis()),
                interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(() -> "Consent requests are checked for expiry every " + interval);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** A failed run is logged and retried at the next interval; it must never stop the schedule. */
    void expireDue() {
        try {
            int expired = consents.expireDue();
            if (expired > 0) {
                LOG.info(() -> expired + " consent requests expired");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Consent expiry failed; retrying at the next interval", e);
        }
    }

    /** A malformed setting stops the deployment, rather than silently never expiring anything. */
    static Duration interval() {
        Optional<String> configured = GatewayConfiguration.setting(INTERVAL_PROPERTY, INTERVAL_ENV);
        if (configured.isEmpty()) {
            return DEFAULT_INTERVAL;
        }
        try {
            Duration interval = Duration.parse(configured.get().strip());
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException(INTERVAL_PROPERTY + " must be positive: " + configured.get());
            }
            return interval;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(INTERVAL_PROPERTY + " is not an ISO-8601 duration such as PT15M: "
                    + configured.get(), e);
        }
    }
}
