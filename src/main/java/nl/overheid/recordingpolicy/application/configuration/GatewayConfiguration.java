package nl.overheid.recordingpolicy.application.configuration;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.overheid.recordingpolicy.domain.calendar.EquatedDays;
import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;

/**
 * What the domain needs from the running server: the time zone of "today", and the working-day calendar
 * with the days equated by decree (shipped with the build, plus any an operator adds without a rebuild).
 */
@ApplicationScoped
public class GatewayConfiguration {

    /** Deadlines are Dutch calendar days: "today" is the date in the Netherlands, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /**
     * Extra days equated with a public holiday by government decree (Algemene termijnenwet art. 3 lid 3), for
     * years the shipped decrees do not cover: comma-separated ISO dates, as system property or environment variable.
     * The years of the configured days then count as covered by a decree, so deadlines there are no longer
     * provisional: whoever enters a decree's days has the published decree in hand.
     */
    public static final String EQUATED_DAYS_PROPERTY = "gateway.calendar.equated-days";
    public static final String EQUATED_DAYS_ENV = "GATEWAY_CALENDAR_EQUATED_DAYS";

    private static final Logger LOG = Logger.getLogger(GatewayConfiguration.class.getName());

    // @Singleton, not @ApplicationScoped: Clock is immutable.
    @Produces
    @Singleton
    public Clock clock() {
        // Millisecond ticks: every timestamp the gateway hands out reads back the same from either database.
        return Clock.tick(Clock.system(ZONE), Duration.ofMillis(1));
    }

    @Produces
    @Singleton
    WorkingDayCalendar workingDayCalendar() {
        return calendar(setting(EQUATED_DAYS_PROPERTY, EQUATED_DAYS_ENV));
    }

    /** Fails the deployment on a malformed date: better no gateway than one that computes wrong deadlines. */
    static WorkingDayCalendar calendar(Optional<String> configuredEquatedDays) {
        EquatedDays extra = configuredEquatedDays.map(EquatedDays::parse).orElse(EquatedDays.none());
        if (!extra.dates().isEmpty()) {
            LOG.info(() -> "Days equated by decree added by configuration: " + extra.dates());
        }
        return new WorkingDayCalendar(EquatedDays.shipped().plus(extra));
    }

    /**
     * A whole-number setting of at least {@code min}, or {@code defaultValue} when unset. A malformed value throws
     * IllegalArgumentException naming the setting, so that it stops the deployment instead of being ignored.
     */
    public static int wholeNumberSetting(String property, String environmentVariable, int defaultValue, int min) {
        Optional<String> configured = setting(property, environmentVariable);
        if (configured.isEmpty()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(configured.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " (" + environmentVariable + ") must be a whole number: "
                    + configured.get(), e);
        }
        if (value < min) {
            throw new IllegalArgumentException(property + " (" + environmentVariable + ") must be at least " + min
                    + ": " + configured.get());
        }
        return value;
    }

    /**
     * An operator's setting: the system property if set, else the environment variable; blank counts as unset. This
     * is MicroProfile Config's own order and naming (gateway.a-b is GATEWAY_A_B), kept by hand rather than through
     * the server's MicroProfile Config because the identity realm and the TLS keys read the same settings from a
     * server module outside any deployment, where no deployment's Config exists: one rule for both, not two that
     * could drift apart (GatewayIdentityRealm.setting is its copy in that module).
     */
    public static Optional<String> setting(String property, String environmentVariable) {
        return Optional.ofNullable(System.getProperty(property))
                .or(() -> Optional.ofNullable(System.getenv(environmentVariable)))
                .filter(value -> !value.isBlank());
    }
}
