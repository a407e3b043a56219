package nl.overheid.recordingpolicy.application.policyversion;

import java.time.Instant;
import java.util.Objects;

import nl.overheid.recordingpolicy.domain.policy.PolicyContent;

/** A policy version as the archive keeps it: the content, and when a gateway first started with it. */
public record ArchivedPolicy(PolicyContent content, Instant firstLoadedAt) {

    public ArchivedPolicy {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(firstLoadedAt, "firstLoadedAt");
    }
}
