package nl.overheid.recordingpolicy.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import nl.overheid.recordingpolicy.application.policyversion.ArchivedPolicy;
import nl.overheid.recordingpolicy.application.policyversion.PolicyArchive;
import nl.overheid.recordingpolicy.domain.policy.PolicyContent;
import nl.overheid.recordingpolicy.domain.policy.PolicyDocument;
import nl.overheid.recordingpolicy.domain.policy.PolicyVersion;

/**
 * Policy versions in tables policy_version (V8; its gateway's texts, V9) and policy_version_file (V8). Plain JDBC like the decision log that refers
 * to them. Reading a version back recomputes its id from the stored files ({@link PolicyContent} refuses content that
 * does not match), so a changed row is an error, never a silently different policy.
 */
@ApplicationScoped
public class JdbcPolicyArchive implements PolicyArchive {

    private static final String SELECT_VERSION =
            "SELECT version, effective_from, first_loaded_at, gateway_texts FROM policy_version WHERE id = ?";
    private static final String SELECT_FILES = "SELECT authority, name, content FROM policy_version_file "
            + "WHERE policy_version_id = ? ORDER BY position";
    private static final String INSERT_VERSION =
            "INSERT INTO policy_version (id, version, effective_from, first_loaded_at, gateway_texts) "
                    + "VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_FILE = "INSERT INTO policy_version_file (policy_version_id, position, authority, "
            + "name, content) VALUES (?, ?, ?, ?, ?)";

    @Resource(lookup = "java:jboss/datasources/GatewayDS")
    DataSource dataSource;

    /**
     * One transaction for the version and its files. Two nodes starting with the same new version at once: one insert
     * wins, the other fails on the primary key and its start tries again ({@code PolicyArchiveAtStart}), finding it.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keep(PolicyContent content, Instant loadedAt) {
        try (Connection connection = dataSource.getConnection()) {
            if (exists(connection, content.id())) {
                return;
            }
            try (PreparedStatement version = connection.prepareStatement(INSERT_VERSION)) {
                version.setString(1, content.id());
                version.setString(2, content.version().version());
                version.setObject(3, content.version().effectiveFrom());
                version.setObject(4, loadedAt.atOffset(ZoneOffset.UTC));
                version.setString(5, content.gatewayTexts().orElse(null));
                version.executeUpdate();
            }
            try (PreparedStatement file = connection.prepareStatement(INSERT_FILE)) {
                int position = 0;
                for (PolicyDocument document : content.documents()) {
                    file.setString(1, content.id());
                    file.setInt(2, position++);
                    file.setString(3, document.authority());
                    file.setString(4, document.name());
                    file.setString(5, document.text());
                    file.addBatch();
                }
                file.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not keep policy version " + content.id(), e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ArchivedPolicy> find(String id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT_VERSION)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                PolicyVersion version = new PolicyVersion(row.getString("version"),
                        row.getObject("effective_from", LocalDate.class));
                Instant firstLoaded = row.getObject("first_loaded_at", OffsetDateTime.class).toInstant();
                Optional<String> gatewayTexts = Optional.ofNullable(row.getString("gateway_texts"));
                return Optional.of(new ArchivedPolicy(new PolicyContent(version, files(connection, id), gatewayTexts, id),
                        firstLoaded));
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not read policy version " + id, e);
        }
    }

    private static boolean exists(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_VERSION)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static List<PolicyDocument> files(Connection connection, String id) throws SQLException {
        List<PolicyDocument> documents = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_FILES)) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    documents.add(new PolicyDocument(row.getString("authority"), row.getString("name"),
                            row.getString("content")));
                }
            }
        }
        return documents;
    }
}
