package nl.overheid.recordingpolicy.domain.policy;

import java.util.ArrayList;
import java.util.List;

/** How a named consent request differs from the recording a question is about, in words for the answer. */
final class ConsentMatch {

    private ConsentMatch() {
    }

    /** "authority X, not Y" and "medium X, not Y" where they differ; a mutable list, for the caller's own items. */
    static List<String> differences(Authority consentAuthority, Medium consentMedium, Authority askedAuthority,
                                    Medium askedMedium) {
        List<String> differences = new ArrayList<>(3);
        if (!consentAuthority.equals(askedAuthority)) {
            differences.add("authority " + consentAuthority + ", not " + askedAuthority);
        }
        if (consentMedium != askedMedium) {
            differences.add("medium " + consentMedium + ", not " + askedMedium);
        }
        return differences;
    }
}
