/**
 * Persistence adapter: JPA entities and repositories for consent requests and idempotency records, and the decision
 * log in plain JDBC (one row mapping, {@link nl.overheid.recordingpolicy.adapter.persistence.DecisionLogTable}, for
 * the group commit of decisions, the records of consent status changes and reading), on the datasource {@code java:jboss/datasources/GatewayDS} (embedded H2 by default, PostgreSQL by
 * configuration). The schema is owned by the versioned migrations in {@code db/migration}, applied by
 * {@link nl.overheid.recordingpolicy.adapter.persistence.SchemaMigration} when the application starts.
 */
package nl.overheid.recordingpolicy.adapter.persistence;
