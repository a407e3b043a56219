package nl.overheid.recordingpolicy.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import nl.overheid.recordingpolicy.application.policyversion.ArchivedPolicy;
import nl.overheid.recordingpolicy.domain.policy.PolicyContent;
import nl.overheid.recordingpolicy.domain.policy.PolicyDocument;
import nl.overheid.recordingpolicy.domain.policy.PolicyVersion;

/**
 * The archive of policy versions on the schema the migrations make (H2, as the embedded default): a version kept
 * before the gateway's texts were part of a version still reads back under its id, and a version kept now brings
 * its gateway's texts back with it.
 */
class JdbcPolicyArchiveTest {

    private static final PolicyVersion VERSION = new PolicyVersion("2026.1", LocalDate.of(2026, 1, 1));
    private static final PolicyDocument UWV = new PolicyDocument("UWV", "UWV.xml", "<policy authority=\"UWV\"/>");
    private static final Instant LOADED = Instant.parse("2026-12-01T08:00:00Z");

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final JdbcPolicyArchive archive = new JdbcPolicyArchive();

    JdbcPolicyArchiveTest() {
        dataSource.setURL("jdbc:h2:mem:policy-archive-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        archive.dataSource = dataSource;
    }

    private void migrateTo(String version) {
        Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).locations("classpath:db/migration")
                .target(version).load().migrate();
    }

    @Test
    void aVersionKeptBeforeTheGatewayTextsWereKeptReadsBackUnderItsIdWithoutThem() throws SQLException {
        migrateTo("8");
        PolicyContent before = new PolicyContent(VERSION, List.of(UWV), Optional.empty(), null);
        keptAsAtV8(before);
        migrateTo("latest");

        ArchivedPolicy archived = archive.find(before.id()).orElseThrow();

        assertEquals(before.id(), archived.content().id());
        assertEquals(Optional.empty(), archived.content().gatewayTexts());
        assertEquals(List.of(UWV), archived.content().documents());
        assertEquals(LOADED, archived.firstLoadedAt());
    }

    @Test
    void aVersionKeptNowReadsBackWithItsGatewayTexts() {
        migrateTo("latest");
        PolicyContent content = PolicyContent.of(VERSION, List.of(UWV), "<gateway-texts>é</gateway-texts>");

        archive.keep(content, LOADED);
        ArchivedPolicy archived = archive.find(content.id()).orElseThrow();

        assertEquals(content, archived.content());
        assertEquals(Optional.of("<gateway-texts>é</gateway-texts>"), archived.content().gatewayTexts());
        assertNotEquals(new PolicyContent(VERSION, List.of(UWV), Optional.empty(), null).id(), content.id());
    }

    /** The rows as the archive wrote them before migration V9. */
    private void keptAsAtV8(PolicyContent content) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement version = connection.prepareStatement("INSERT INTO policy_version (id, version, "
                        + "effective_from, first_loaded_at) VALUES (?, ?, ?, ?)");
                PreparedStatement file = connection.prepareStatement("INSERT INTO policy_version_file "
                        + "(policy_version_id, position, authority, name, content) VALUES (?, 0, ?, ?, ?)")) {
            version.setString(1, content.id());
            version.setString(2, content.version().version());
            version.setObject(3, content.version().effectiveFrom());
            version.setObject(4, LOADED.atOffset(ZoneOffset.UTC));
            version.executeUpdate();
            file.setString(1, content.id());
            file.setString(2, UWV.authority());
            file.setString(3, UWV.name());
            file.setString(4, UWV.text());
            file.executeUpdate();
        }
    }
}
