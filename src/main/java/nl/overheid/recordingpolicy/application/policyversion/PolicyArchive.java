package nl.overheid.recordingpolicy.application.policyversion;

import java.time.Instant;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.policy.PolicyContent;

/** Port: where policy versions are kept. Versions are only ever added; an id always names the same content. */
public interface PolicyArchive {

    /**
     * Keeps this content unless a version with its id is kept already (another start, another node): then nothing
     * changes, and the first loading time stays.
     */
    void keep(PolicyContent content, Instant loadedAt);

    Optional<ArchivedPolicy> find(String id);
}
