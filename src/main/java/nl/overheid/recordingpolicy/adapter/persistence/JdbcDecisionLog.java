package nl.overheid.recordingpolicy.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import nl.overheid.recordingpolicy.application.audit.DecisionLog;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;

/**
 * The decision log in table decision_log ({@link DecisionLogTable}), written in the transaction of the decision it
 * records: inside a JTA transaction the pool hands out the connection the transaction already uses, so the record
 * commits or rolls back with the consent request's change. A failure is thrown as a {@link PersistenceException},
 * the store failure the application layer knows (it rolls the transaction back, and a database out of reach becomes
 * a 503 through StoreFailures), like the JPA stores beside it.
 */
@ApplicationScoped
public class JdbcDecisionLog implements DecisionLog {

    @Resource(lookup = "java:jboss/datasources/GatewayDS")
    DataSource dataSource;

    @Override
    public void append(DecisionRecord record) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(DecisionLogTable.INSERT)) {
            DecisionLogTable.bind(insert, record);
            insert.executeUpdate(); // a record that cannot be written fails the decision now, before it is returned
        } catch (SQLException e) {
            throw new PersistenceException("could not store decision record " + record.decisionId(), e);
        }
    }

    @Override
    public Optional<DecisionRecord> find(String decisionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(DecisionLogTable.SELECT_BY_ID)) {
            select.setString(1, decisionId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(DecisionLogTable.read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not read decision record " + decisionId, e);
        }
    }
}
