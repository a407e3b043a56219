package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.calendar.LeadTime;

/**
 * Answers "may this recording be made?" from the authority's recording table: the line for the medium says what a
 * participant's decision applies, and, where consent is needed, by when it must be asked and what each state of a
 * named consent request means.
 */
public final class RecordingPolicy {

    private final PolicySet policies;

    RecordingPolicy(PolicySet policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /**
     * @param today the date the question is asked (Europe/Amsterdam); the lead-time request date.
     * @throws IllegalArgumentException if a lead time applies and the question has no conversation date.
     */
    public Decision evaluate(RecordingQuestion question, LocalDate today) {
        return evaluate(question, today, Optional.empty());
    }

    /**
     * As {@link #evaluate(RecordingQuestion, LocalDate)}, taking into account the consent request the caller names:
     * granted (in time or late) makes a recording that needs consent permitted, denied not permitted, pending (in
     * time or late) still subject to consent; a withdrawn or expired request gives no consent.
     *
     * @throws ConsentMismatchException if the consent request is for another authority, medium or date
     */
    public Decision evaluate(RecordingQuestion question, LocalDate today, Optional<RecordingConsent> consent) {
        consent.ifPresent(named -> requireSameRecording(question, named));
        RecordingRow row = policies.of(question.authority()).recording(question.medium());
        DecisionBuilder decision = DecisionBuilder.about(policies, question.authority());
        consent.ifPresent(decision::consentRequest);
        if (!question.participant()) {
            decision.apply(row.notParticipant());
            pastNote(question, today, decision);
            return decision.decide(Outcome.NOT_PERMITTED);
        }
        if (row.consent().isPresent()) {
            return withConsent(question, row, row.consent().get(), today, consent, decision); // date notes come with the lead time
        }
        decision.apply(row.steps());
        pastNote(question, today, decision);
        return decision.decide(row.outcome());
    }

    private void pastNote(RecordingQuestion question, LocalDate today, DecisionBuilder decision) {
        question.conversationDate()
                .filter(date -> date.isBefore(today))
                .ifPresent(date -> decision.explain(PastConversation.note(policies.texts(), date)));
    }

    private static void requireSameRecording(RecordingQuestion question, RecordingConsent consent) {
        List<String> differences = ConsentMatch.differences(consent.authority(), consent.medium(),
                question.authority(), question.medium());
        if (question.conversationDate().filter(consent.conversationDate()::equals).isEmpty()) {
            differences.add("conversationDate " + consent.conversationDate()
                    + question.conversationDate().map(date -> ", not " + date).orElse(", but none was given"));
        }
        if (!differences.isEmpty()) {
            throw new ConsentMismatchException(ConsentMismatchException.Kind.RECORDING,
                    FieldReason.CONSENT_FOR_OTHER_RECORDING, String.join("; ", differences));
        }
    }

    private Decision withConsent(RecordingQuestion question, RecordingRow row, RecordingConsentTerms terms,
                                 LocalDate today, Optional<RecordingConsent> consent, DecisionBuilder decision) {
        LeadTimeAssessment assessment = policies.leadTimes().assess(question.authority(), question.medium(),
                question.conversationDate(), today);
        LeadTime timing = assessment.timing().orElseThrow();
        decision.apply(row.steps())
                .leadTime(assessment)
                .explain(LeadTimePolicy.deadlineText(terms, timing));
        RecordingConsent.Standing standing = consent.map(RecordingConsent::standing).orElse(RecordingConsent.Standing.LAPSED);
        consent.ifPresent(named -> decision.explain(ConsentTexts.standing(policies.texts(), named)));
        Outcome outcome = switch (standing) {
            case GRANTED -> {
                decision.explain(terms.granted());
                yield Outcome.PERMITTED;
            }
            case DENIED -> {
                decision.explain(terms.refused());
                yield Outcome.NOT_PERMITTED;
            }
            // A late request is still a request the grantor may decide, in time or not (see UWV-VIDEO-LEAD-TIME).
            case PENDING, LATE -> {
                decision.consentFrom(terms.grantor());
                yield Outcome.CONSENT_REQUIRED;
            }
            case LAPSED -> withoutConsent(terms, timing, consent.isPresent(), decision);
        };
        policies.leadTimes().dateNotes(timing).forEach(decision::explain);
        return decision.decide(outcome);
    }

    /**
     * No consent to rely on. In time: ask for it. After the deadline the rules still let a citizen ask (only handling
     * in time is not assured), so the answer stays CONSENT_REQUIRED, saying so; but a named request that was
     * withdrawn or expired is itself no consent, and once the conversation has taken place no request can be
     * decided any more: both are answered NOT_PERMITTED.
     */
    private static Outcome withoutConsent(RecordingConsentTerms terms, LeadTime timing, boolean named,
                                          DecisionBuilder decision) {
        if (timing.onTime()) {
            decision.advice(AdviceCode.REQUEST_CONSENT_IN_TIME, terms.leadTimeRule())
                    .consentFrom(terms.grantor())
                    .explain(terms.toRequest());
            return Outcome.CONSENT_REQUIRED;
        }
        if (named || timing.conversationInPast()) {
            decision.explain(terms.refused());
            return Outcome.NOT_PERMITTED;
        }
        decision.consentFrom(terms.grantor()).explain(terms.passed());
        return Outcome.CONSENT_REQUIRED;
    }
}
