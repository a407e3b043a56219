package nl.overheid.recordingpolicy.domain.acknowledgement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.RejectedFieldException;
import nl.overheid.recordingpolicy.domain.policy.Authority;

/**
 * A registered acknowledgement of an authority's rules: what the paper form says (date, names, whether each side
 * signed), against the calling system's case, and who registered it when.
 *
 * @param ruleId the rule of the form in the authority's policy, which the decision log cites
 */
public record Acknowledgement(String reference,
                              Authority authority,
                              String ruleId,
                              String caseReference,
                              AcknowledgementDetails details,
                              String registeredBy,
                              Instant registeredAt) {

    public Acknowledgement {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(caseReference, "caseReference");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /**
     * Registers what a form says for an authority whose rules end with the form.
     *
     * @param today the date in the Netherlands: a form cannot be dated after it
     * @throws RejectedFieldException when the authority has no form or the date lies in the future
     */
    public static Acknowledgement register(AcknowledgementForm form, String caseReference, AcknowledgementDetails details,
                                           String registeredBy, LocalDate today, Instant now) {
        if (details.date().isAfter(today)) {
            throw new RejectedFieldException("date", FieldReason.NOT_IN_THE_FUTURE, today);
        }
        return new Acknowledgement(AcknowledgementReferences.newReference(), form.authority(), form.rule().id(),
                caseReference, details, registeredBy, now);
    }
}
