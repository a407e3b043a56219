package nl.overheid.recordingpolicy.application;

import nl.overheid.recordingpolicy.application.validation.OneOf;
import nl.overheid.recordingpolicy.domain.policy.Authority;

/** Which rules to list: those of one authority, or all when {@code authority} is left out. */
public record PolicyListingInput(@OneOf(Authority.class) String authority) {
}
