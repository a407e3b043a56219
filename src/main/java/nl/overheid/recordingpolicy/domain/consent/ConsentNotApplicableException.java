package nl.overheid.recordingpolicy.domain.consent;

import java.util.Objects;

import nl.overheid.recordingpolicy.domain.Refusal;
import nl.overheid.recordingpolicy.domain.RejectedFieldException;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;

/**
 * Consent cannot be asked for what was submitted: either none is needed (audio at UWV, any recording at a
 * municipality, private use) or consent cannot lift a ban (e.g. publishing edited fragments at a municipality).
 * Not a syntax error: the request was well formed, the rules just have no consent to give.
 */
public final class ConsentNotApplicableException extends RejectedFieldException {

    private static final long serialVersionUID = 1L;

    private final transient BilingualText explanation;

    /**
     * @param field       the field of {@link ConsentApplication} at fault, so an adapter can point at it
     * @param refusal     why, for the invalid-input answer (the catalogue's words)
     * @param explanation why, for the citizen (the policy's words)
     */
    public ConsentNotApplicableException(String field, Refusal refusal, BilingualText explanation) {
        super(Objects.requireNonNull(field, "field"), Objects.requireNonNull(refusal, "refusal"));
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    public BilingualText explanation() {
        return explanation;
    }
}
