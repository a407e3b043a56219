package nl.overheid.recordingpolicy.domain.policy;

import java.util.Objects;

/**
 * One policy file as it was read: the authority it is the policy of, its file name (without directory, so that moving
 * the policy directory changes nothing), and its text exactly as in the file.
 */
public record PolicyDocument(String authority, String name, String text) {

    public PolicyDocument {
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
