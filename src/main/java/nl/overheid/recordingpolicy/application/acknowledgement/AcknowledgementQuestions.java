package nl.overheid.recordingpolicy.application.acknowledgement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementReference;
import nl.overheid.recordingpolicy.domain.policy.Authority;

/** The acknowledgement questions, parsed by the adapter that received them. */
public final class AcknowledgementQuestions {

    private AcknowledgementQuestions() {
    }

    /** Whether a name is blank or too long is the domain's rule (AcknowledgementDetails). */
    public record Register(Authority authority, String caseReference, LocalDate date, String clientName,
                           String employeeName, boolean signedByClient, boolean signedByEmployee) {

        public Register {
            Objects.requireNonNull(authority, "authority");
            Objects.requireNonNull(caseReference, "caseReference");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(clientName, "clientName");
            Objects.requireNonNull(employeeName, "employeeName");
        }

        /** For the decision log: the question without the names, which the log does not keep. */
        LoggedRegistration withoutNames() {
            return new LoggedRegistration(authority.name(), caseReference, date.toString(), signedByClient,
                    signedByEmployee);
        }
    }

    /** What the decision log records of a registration. */
    public record LoggedRegistration(String authority, String caseReference, String date, boolean signedByClient,
                                     boolean signedByEmployee) {
    }

    public record Lookup(AcknowledgementReference reference) {

        public Lookup {
            Objects.requireNonNull(reference, "reference");
        }
    }

    public record Find(String caseReference) {

        public Find {
            Objects.requireNonNull(caseReference, "caseReference");
        }
    }

    /** The empty form of an authority; {@code language} left out: the caller's Accept-Language, else Dutch. */
    public record EmptyForm(Authority authority, Optional<FormLanguage> language) {

        public EmptyForm {
            Objects.requireNonNull(authority, "authority");
            Objects.requireNonNull(language, "language");
        }
    }

    public record FilledForm(AcknowledgementReference reference, Optional<FormLanguage> language) {

        public FilledForm {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(language, "language");
        }
    }
}
