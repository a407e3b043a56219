package nl.overheid.recordingpolicy.adapter.persistence;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import nl.overheid.recordingpolicy.application.policyversion.PolicyArchive;
import nl.overheid.recordingpolicy.domain.policy.PolicyContent;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/**
 * Keeps the policy the gateway starts with in the archive of policy versions, once the schema is migrated and before
 * a request is taken: every decision-log record names it (decision_log.policy_version_id, a foreign key), so a start
 * that cannot keep it fails, like one whose migration fails.
 */
@ApplicationScoped
public class PolicyArchiveAtStart {

    private static final Logger LOG = Logger.getLogger(PolicyArchiveAtStart.class.getName());

    @Inject
    PolicySet policies;

    @Inject
    PolicyArchive archive;

    @Inject
    Clock clock;

    void keep(@Observes @Priority(SchemaMigration.PRIORITY + 100) @Initialized(ApplicationScoped.class) Object started) {
        PolicyContent content = policies.content().orElseThrow(() ->
                new IllegalStateException("the policy set was not read from files"));
        try {
            archive.keep(content, clock.instant());
        } catch (PersistenceException e) {
            // another node started with the same new version at the same moment and inserted it first
            LOG.info(() -> "Policy version " + content.id() + " was being kept by another start; looking again");
            archive.keep(content, clock.instant());
        }
        LOG.info(() -> "Policy version " + content.version().version() + " (" + content.id() + ", "
                + content.documents().size() + " files) is in the archive of policy versions");
    }
}
