package nl.overheid.recordingpolicy.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compaction step against a real H2 file opened with the default URL's settings: one commit per row, a random
 * index as the decision log and consent registry have. Without compaction such a file grows by about ten times its
 * data (a chunk per commit); with a step after every 100 commits (the gateway runs one every 250 ms, up to several
 * hundred commits at full load) by two or three times.
 */
class EmbeddedStoreCompactionTest {

    private static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;RETENTION_TIME=0";
    private static final int ROWS = 8_000;
    private static final int ROW_BYTES = 700;

    @TempDir
    Path dir;

    @Test
    void compactionKeepsTheFileInProportionToItsData() throws Exception {
        double compacted = growthPerRow(true, "compacted");
        double uncompacted = growthPerRow(false, "uncompacted");
        assertTrue(uncompacted > 6 * ROW_BYTES, "uncompacted, the file grows by a chunk per commit (" + uncompacted
                + " bytes per row of " + ROW_BYTES + "): the behaviour this class is for is still H2's");
        assertTrue(compacted < 4 * ROW_BYTES && compacted < uncompacted / 2, "compacted, the file grows with its data: "
                + compacted + " bytes per row of " + ROW_BYTES + " (uncompacted " + uncompacted + ")");
    }

    @Test
    void onlyAnEmbeddedFileDatabaseIsCompacted() throws SQLException {
        try (Connection file = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("file") + SETTINGS, "sa", "");
                Connection memory = DriverManager.getConnection("jdbc:h2:mem:compaction-test", "sa", "")) {
            assertNotNull(EmbeddedStoreCompaction.fileStore(file));
            assertNull(EmbeddedStoreCompaction.fileStore(memory), "an in-memory database has no file to compact");
            assertFalse(EmbeddedStoreCompaction.compact(memory));
        }
    }

    /** Bytes the file grows by per committed row over the second half of the rows, the first half being the warm-up. */
    private double growthPerRow(boolean compact, String name) throws Exception {
        Path file = dir.resolve(name + ".mv.db");
        long halfway = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(name) + SETTINGS, "sa", "")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table record(id bigint auto_increment primary key, reference varchar(40), body varchar(2000))");
                ddl.execute("create index record_reference on record(reference)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into record(reference, body) values (?, ?)")) {
                for (int i = 1; i <= ROWS; i++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, "x".repeat(ROW_BYTES - 100));
                    insert.executeUpdate();
                    connection.commit();
                    if (compact && i % 100 == 0) {
                        EmbeddedStoreCompaction.compact(connection);
                    }
                    if (i == ROWS / 2) {
                        halfway = Files.size(file);
                    }
                }
            }
            return (Files.size(file) - halfway) / (ROWS / 2.0);
        }
    }
}
