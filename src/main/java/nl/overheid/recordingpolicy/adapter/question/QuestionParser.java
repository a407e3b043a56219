package nl.overheid.recordingpolicy.adapter.question;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.InputValidator;
import nl.overheid.recordingpolicy.application.LeadTimeStatusQuestion;
import nl.overheid.recordingpolicy.application.PolicyListingQuestion;
import nl.overheid.recordingpolicy.application.RecordingDecisionQuestion;
import nl.overheid.recordingpolicy.application.UsageDecisionQuestion;
import nl.overheid.recordingpolicy.application.validation.BooleanTexts;
import nl.overheid.recordingpolicy.application.validation.SupportedDates;
import nl.overheid.recordingpolicy.domain.consent.ConsentReference;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.Platform;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * Where the REST, SOAP and AuthZEN adapters turn a question as received (text, exactly as sent) into the typed
 * question a use case takes, or refuse it with an InvalidInputException naming every bad field at once.
 *
 * <p>The checks that need the loaded policies (a known authority, a conversation date where a lead time applies) stay
 * Bean Validation constraints run here with the others, not typed checks in the use case: run in the same pass, a
 * question with an unknown authority and a bad medium is refused naming both fields, as the contracts promise, and the
 * use case never sees a question the policies cannot answer. Each value is converted only after the whole question
 * has been validated, so no conversion below can fail.
 */
@ApplicationScoped
public class QuestionParser {

    private InputValidator validator;

    protected QuestionParser() {
        // for CDI proxies
    }

    @Inject
    public QuestionParser(InputValidator validator) {
        this.validator = validator;
    }

    public RecordingDecisionQuestion recording(RecordingDecisionInput input) {
        validator.valid(input);
        return new RecordingDecisionQuestion(Authority.of(input.authority()), Medium.valueOf(input.medium()),
                BooleanTexts.parse(input.participant()), date(input.conversationDate()),
                reference(input.consentRequestReference()));
    }

    public UsageDecisionQuestion usage(UsageDecisionInput input) {
        validator.valid(input);
        return new UsageDecisionQuestion(Authority.of(input.authority()), Medium.valueOf(input.medium()),
                Usage.valueOf(input.usage()), Optional.ofNullable(input.platform()).map(Platform::valueOf),
                reference(input.recordingConsentRequestReference()),
                reference(input.publicationConsentRequestReference()));
    }

    public LeadTimeStatusQuestion leadTime(LeadTimeInput input) {
        validator.valid(input);
        return new LeadTimeStatusQuestion(Authority.of(input.authority()), Medium.valueOf(input.medium()),
                date(input.conversationDate()), date(input.requestDate()));
    }

    public PolicyListingQuestion policyListing(PolicyListingInput input) {
        validator.valid(input);
        return new PolicyListingQuestion(Optional.ofNullable(input.authority()).map(Authority::of));
    }

    private static Optional<LocalDate> date(String validated) {
        return Optional.ofNullable(validated).flatMap(SupportedDates::parse);
    }

    private static Optional<ConsentReference> reference(String validated) {
        return Optional.ofNullable(validated).map(ConsentReference::new);
    }
}
