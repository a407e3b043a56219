package nl.overheid.recordingpolicy.adapter.question;

import static nl.overheid.recordingpolicy.adapter.question.ValidatedText.optionalConsentReference;
import static nl.overheid.recordingpolicy.adapter.question.ValidatedText.optionalConstant;
import static nl.overheid.recordingpolicy.adapter.question.ValidatedText.optionalDate;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.LeadTimeStatusQuestion;
import nl.overheid.recordingpolicy.application.PolicyListingQuestion;
import nl.overheid.recordingpolicy.application.RecordingDecisionQuestion;
import nl.overheid.recordingpolicy.application.UsageDecisionQuestion;
import nl.overheid.recordingpolicy.adapter.question.validation.BooleanTexts;
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
public class DecisionQuestionParser {

    private InputValidator validator;

    protected DecisionQuestionParser() {
        // for CDI proxies
    }

    @Inject
    public DecisionQuestionParser(InputValidator validator) {
        this.validator = validator;
    }

    public RecordingDecisionQuestion recording(RecordingDecisionInput input) {
        validator.valid(input);
        return new RecordingDecisionQuestion(Authority.of(input.authority()), Medium.valueOf(input.medium()),
                BooleanTexts.parse(input.participant()), optionalDate(input.conversationDate()),
                optionalConsentReference(input.consentRequestReference()));
    }

    public UsageDecisionQuestion usage(UsageDecisionInput input) {
        validator.valid(input);
        return new UsageDecisionQuestion(Authority.of(input.authority()), Medium.valueOf(input.medium()),
                Usage.valueOf(input.usage()), optionalConstant(Platform.class, input.platform()),
                optionalConsentReference(input.recordingConsentRequestReference()),
                optionalConsentReference(input.publicationConsentRequestReference()));
    }

    public LeadTimeStatusQuestion leadTime(LeadTimeInput input) {
        validator.valid(input);
        return new LeadTimeStatusQuestion(Authority.of(input.authority()), Medium.valueOf(input.medium()),
                optionalDate(input.conversationDate()), optionalDate(input.requestDate()));
    }

    public PolicyListingQuestion policyListing(PolicyListingInput input) {
        validator.valid(input);
        return new PolicyListingQuestion(Optional.ofNullable(input.authority()).map(Authority::of));
    }

}
