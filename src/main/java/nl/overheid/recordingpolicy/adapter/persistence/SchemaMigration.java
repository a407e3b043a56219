package nl.overheid.recordingpolicy.adapter.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, before the application takes requests:
 * the versioned scripts in {@code db/migration} (V1__..., V2__...) are applied in order and recorded in
 * {@code flyway_schema_history}, so a restart or a second node never applies one twice and a changed script is
 * refused. A migration failure fails the deployment: better no gateway than one on an unknown schema.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/GatewayDS")
    DataSource dataSource;

    /** When the migration runs among the observers of the start: CDI's default, named for those that must follow. */
    static final int PRIORITY = Interceptor.Priority.APPLICATION + 500;

    void migrate(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object applicationStarted) {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now, " + result.database + ")");
    }
}
