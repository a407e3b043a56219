package nl.overheid.recordingpolicy.domain.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
     * granted makes a recording that needs consent permitted, denied or late not permitted, pending still subject
     * to consent; a withdrawn or expired request counts as none.
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

    private static void pastNote(RecordingQuestion question, LocalDate today, DecisionBuilder decision) {
        question.conversationDate()
                .filter(date -> date.isBefore(today))
                .ifPresent(date -> decision.explain(PastConversation.note(date)));
    }

    private static void requireSameRecording(RecordingQuestion question, RecordingConsent consent) {
        List<String> differences = new ArrayList<>();
        if (!consent.authority().equals(question.authority())) {
            differences.add("authority " + consent.authority() + ", not " + question.authority());
        }
        if (consent.medium() != question.medium()) {
            differences.add("medium " + consent.medium() + ", not " + question.medium());
        }
        if (question.conversationDate().filter(consent.conversationDate()::equals).isEmpty()) {
            differences.add("conversationDate " + consent.conversationDate()
                    + question.conversationDate().map(date -> ", not " + date).orElse(", but none was given"));
        }
        if (!differences.isEmpty()) {
            throw new ConsentMismatchException("is a consent request for another recording: " + String.join("; ", differences));
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
        consent.ifPresent(named -> decision.explain(ConsentTexts.standing(named)));
        Outcome outcome;
        if (standing == RecordingConsent.Standing.GRANTED) {
            decision.explain(terms.granted());
            outcome = Outcome.PERMITTED;
        } else if (standing == RecordingConsent.Standing.DENIED || standing == RecordingConsent.Standing.LATE) {
            decision.explain(terms.refused());
            outcome = Outcome.NOT_PERMITTED;
        } else if (standing == RecordingConsent.Standing.PENDING) {
            decision.consentFrom(terms.grantor());
            outcome = Outcome.CONSENT_REQUIRED;
        } else if (timing.onTime()) {
            decision.advice(AdviceCode.REQUEST_CONSENT_IN_TIME, terms.leadTimeRule())
                    .consentFrom(terms.grantor())
                    .explain(terms.toRequest());
            outcome = Outcome.CONSENT_REQUIRED;
        } else {
            decision.explain(terms.passed());
            outcome = Outcome.NOT_PERMITTED;
        }
        policies.leadTimes().dateNotes(timing).forEach(decision::explain);
        return decision.decide(outcome);
    }
}
