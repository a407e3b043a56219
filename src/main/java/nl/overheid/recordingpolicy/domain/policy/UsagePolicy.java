package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.FieldReason;

/**
 * Answers "may the recording be used this way?" from the authority's usage table, taking into account the consent
 * requests the question names.
 *
 * <p>Two consents can matter, in this order. Where making the recording needed consent (an image recording at
 * UWV), the use of it rests on that consent first: granted, the use is answered; pending or late, consent is still
 * required; refused, withdrawn, expired or for another recording, the recording should not have been made and no
 * use is permitted ({@code AuthorityPolicy#recordingMadeWithoutConsent}). Then, where the use itself needs consent,
 * a named request for it decides: granted and for this (authority, medium, use), PERMITTED with what the table
 * applies with consent; pending or late, CONSENT_REQUIRED; refused, withdrawn, expired or for another use,
 * NOT_PERMITTED with the consequences of acting without consent. Without a named request, the answer says which
 * consent would be needed.
 */
public final class UsagePolicy {

    private final PolicySet policies;

    UsagePolicy(PolicySet policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /**
     * @throws ConsentMismatchException when the question names a consent request where none is needed: to record
     *                                  a medium that needs no consent, or for a use that needs none or that
     *                                  consent cannot lift
     * @throws PlatformNotApplicableException when the question says where a use that publishes nothing publishes
     */
    public Decision evaluate(UsageQuestion question) {
        AuthorityPolicy policy = policies.of(question.authority());
        UsageRow row = policy.usage(question.usage());
        Optional<RecordingConsentTerms> recordingTerms = policy.recordingConsent(question.medium());
        if (recordingTerms.isEmpty() && question.recordingConsent().isPresent()) {
            throw new ConsentMismatchException(ConsentMismatchException.Kind.RECORDING,
                    FieldReason.NO_CONSENT_NEEDED_TO_RECORD, question.medium(), question.authority().code());
        }
        if (row.outcome() != Outcome.CONSENT_REQUIRED && question.publicationConsent().isPresent()) {
            throw new ConsentMismatchException(ConsentMismatchException.Kind.PUBLICATION,
                    FieldReason.CONSENT_CHANGES_NOTHING, question.usage(), question.authority().code(), row.outcome());
        }
        if (question.platform().isPresent() && !row.publishes()) {
            throw new PlatformNotApplicableException(question.usage());
        }
        DecisionBuilder decision = DecisionBuilder.about(policies, question.authority());
        question.platform().ifPresent(platform -> decision.apply(policy.platform(platform)));
        // A use the table refuses whatever consent is given is answered as the table says: the consent to record
        // cannot make it better, and asking for it would send the citizen after a consent that changes nothing.
        boolean consentCanPermit = row.outcome() == Outcome.PERMITTED || row.outcome() == Outcome.CONSENT_REQUIRED;
        if (recordingTerms.isPresent() && consentCanPermit) {
            Optional<Outcome> halted = recordingConsent(question, policy, recordingTerms.get(), row, decision);
            if (halted.isPresent()) {
                return decision.decide(halted.get());
            }
        }
        if (question.publicationConsent().isPresent()) {
            return decision.decide(publicationConsent(question, question.publicationConsent().get(), row, decision));
        }
        decision.apply(row.steps());
        row.grantor().ifPresent(decision::consentFrom);
        return decision.decide(row.outcome());
    }

    /**
     * What the use itself needs at the authority, taking the recording as lawfully made: its line of the table
     * alone. This is what a request for consent to use a recording asks about.
     */
    public Decision evaluateUse(Authority authority, Medium medium, Usage usage) {
        UsageRow row = policies.of(authority).usage(usage);
        DecisionBuilder decision = DecisionBuilder.about(policies, authority).apply(row.steps());
        row.grantor().ifPresent(decision::consentFrom);
        return decision.decide(row.outcome());
    }

    /** The rules that make consent for this use necessary at this authority: what a decision on it cites. */
    public List<Rule> consentRules(Authority authority, Usage usage) {
        return policies.of(authority).usage(usage).citedRules();
    }

    /** The outcome when the recording's own consent decides the answer; empty when it was granted. */
    private Optional<Outcome> recordingConsent(UsageQuestion question, AuthorityPolicy policy,
                                               RecordingConsentTerms terms, UsageRow row, DecisionBuilder decision) {
        decision.rules(terms.consentRule());
        if (question.recordingConsent().isEmpty()) {
            decision.apply(row.steps()).consentFrom(terms.grantor())
                    .explain(ConsentTexts.recordingConsentToName(policies.texts()));
            return Optional.of(Outcome.CONSENT_REQUIRED);
        }
        RecordingConsent named = question.recordingConsent().get();
        decision.consentRequest(named);
        List<String> differences = ConsentMatch.differences(named.authority(), named.medium(), question.authority(),
                question.medium());
        if (!differences.isEmpty()) {
            decision.explain(ConsentTexts.otherRecording(policies.texts(), named, differences))
                    .apply(policy.recordingMadeWithoutConsent());
            return Optional.of(Outcome.NOT_PERMITTED);
        }
        decision.explain(ConsentTexts.standing(policies.texts(), named));
        return switch (named.standing()) {
            case GRANTED -> Optional.empty();
            case PENDING, LATE -> {
                decision.apply(row.steps()).consentFrom(terms.grantor());
                yield Optional.of(Outcome.CONSENT_REQUIRED);
            }
            case DENIED, LAPSED -> {
                decision.apply(policy.recordingMadeWithoutConsent());
                yield Optional.of(Outcome.NOT_PERMITTED);
            }
        };
    }

    private Outcome publicationConsent(UsageQuestion question, PublicationConsent named, UsageRow row,
                                       DecisionBuilder decision) {
        decision.consentRequest(named);
        List<String> differences = ConsentMatch.differences(named.authority(), named.medium(), question.authority(),
                question.medium());
        if (named.usage() != question.usage()) {
            differences.add("usage " + named.usage() + ", not " + question.usage());
        }
        if (!differences.isEmpty()) {
            decision.apply(row.steps()).explain(ConsentTexts.otherUse(policies.texts(), named, differences));
            return Outcome.NOT_PERMITTED;
        }
        decision.explain(ConsentTexts.useStanding(policies.texts(), named));
        return switch (named.standing()) {
            case GRANTED -> {
                decision.apply(row.grantedSteps());
                yield Outcome.PERMITTED;
            }
            case PENDING, LATE -> {
                decision.apply(row.steps());
                row.grantor().ifPresent(decision::consentFrom);
                yield Outcome.CONSENT_REQUIRED;
            }
            case DENIED, LAPSED -> {
                decision.apply(row.steps());
                yield Outcome.NOT_PERMITTED;
            }
        };
    }
}
