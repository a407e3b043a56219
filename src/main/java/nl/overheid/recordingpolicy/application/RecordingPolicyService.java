package nl.overheid.recordingpolicy.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.validation.BooleanTexts;
import nl.overheid.recordingpolicy.application.validation.SupportedDates;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAnswer;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.RecordingQuestion;
import nl.overheid.recordingpolicy.domain.policy.Usage;
import nl.overheid.recordingpolicy.domain.policy.UsageQuestion;

/**
 * The questions the gateway answers, for every adapter alike: validate, translate the text values into the
 * domain, ask the policy. Values are parsed only after validation, so a parse here cannot fail.
 */
@ApplicationScoped
public class RecordingPolicyService {

    private PolicySet policies;
    private Clock clock;
    private InputValidator validator;

    protected RecordingPolicyService() {
        // for CDI proxies
    }

    @Inject
    public RecordingPolicyService(PolicySet policies, Clock clock, InputValidator validator) {
        this.policies = policies;
        this.clock = clock;
        this.validator = validator;
    }

    public IssuedDecision evaluateRecording(RecordingDecisionInput input) {
        validator.valid(input);
        RecordingQuestion question = new RecordingQuestion(
                Authority.valueOf(input.authority()),
                Medium.valueOf(input.medium()),
                BooleanTexts.parse(input.participant()),
                date(input.conversationDate()));
        return issue(policies.recording().evaluate(question, today()));
    }

    public IssuedDecision evaluateUsage(UsageDecisionInput input) {
        validator.valid(input);
        UsageQuestion question = new UsageQuestion(
                Authority.valueOf(input.authority()),
                Medium.valueOf(input.medium()),
                Usage.valueOf(input.usage()));
        return issue(policies.usage().evaluate(question));
    }

    public LeadTimeAnswer leadTimeStatus(LeadTimeInput input) {
        validator.valid(input);
        return policies.leadTimes().answer(
                Authority.valueOf(input.authority()),
                Medium.valueOf(input.medium()),
                date(input.conversationDate()),
                date(input.requestDate()).orElseGet(this::today));
    }

    public PolicyListing policies(PolicyListingInput input) {
        validator.valid(input);
        return new PolicyListing(policies.version(), input.authority() == null
                ? policies.rules()
                : policies.rules(Authority.valueOf(input.authority())));
    }

    /** Today in Europe/Amsterdam: the clock is produced in that zone (see GatewayConfiguration). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Optional<LocalDate> date(String validatedText) {
        return Optional.ofNullable(validatedText).flatMap(SupportedDates::parse);
    }

    private static IssuedDecision issue(nl.overheid.recordingpolicy.domain.policy.Decision decision) {
        return new IssuedDecision(UUID.randomUUID().toString(), decision);
    }
}
