/**
 * Persistence adapter: JPA entities and repositories for consent requests, idempotency records and the decision
 * log, on the datasource {@code java:jboss/datasources/GatewayDS} (embedded H2 by default, PostgreSQL by
 * configuration). The schema is owned by the versioned migrations in {@code db/migration}, applied by
 * {@link nl.overheid.recordingpolicy.adapter.persistence.SchemaMigration} when the application starts.
 */
package nl.overheid.recordingpolicy.adapter.persistence;
