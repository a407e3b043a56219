package nl.overheid.recordingpolicy.adapter.question;

import nl.overheid.recordingpolicy.adapter.question.validation.KnownAuthority;

/** Which rules to list: those of one authority, or all when {@code authority} is left out. */
public record PolicyListingInput(@KnownAuthority String authority) {
}
