package nl.overheid.recordingpolicy.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.audit.DecisionEvents;
import nl.overheid.recordingpolicy.application.audit.DecisionIds;
import nl.overheid.recordingpolicy.application.audit.DecisionLogWriter;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.audit.RecordJson;
import nl.overheid.recordingpolicy.application.consent.ConsentRequestStore;
import nl.overheid.recordingpolicy.application.failure.ApplicationReason;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.StoreFailures;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.application.security.QueryAccess;
import nl.overheid.recordingpolicy.application.view.DecisionView;
import nl.overheid.recordingpolicy.domain.consent.ConsentKind;
import nl.overheid.recordingpolicy.domain.consent.ConsentReference;
import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.policy.ConsentMismatchException;
import nl.overheid.recordingpolicy.domain.policy.Decision;
import nl.overheid.recordingpolicy.domain.policy.LeadTimeAnswer;
import nl.overheid.recordingpolicy.domain.policy.PlatformNotApplicableException;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.PublicationConsent;
import nl.overheid.recordingpolicy.domain.policy.RecordingConsent;
import nl.overheid.recordingpolicy.domain.policy.ReliedOnConsent;
import nl.overheid.recordingpolicy.domain.policy.UsageQuestion;

/**
 * The questions the gateway answers, for every adapter alike, each parsed by the adapter that received it: look up
 * the consent requests a question names, ask the policy, and log the decision. A decision is returned only once its
 * decision-log record is stored: no record, no decision.
 */
@ApplicationScoped
public class RecordingPolicyService {

    private static final String RECORDING_REFERENCE = "recordingConsentRequestReference";
    private static final String PUBLICATION_REFERENCE = "publicationConsentRequestReference";

    private PolicySet policies;
    private Clock clock;
    private ConsentRequestStore consentRequests;
    private DecisionLogWriter log;
    private QueryAccess access;
    private RecordJson json;

    protected RecordingPolicyService() {
        // for CDI proxies
    }

    @Inject
    public RecordingPolicyService(PolicySet policies, Clock clock, ConsentRequestStore consentRequests,
                                  DecisionLogWriter log, QueryAccess access, RecordJson json) {
        this.policies = policies;
        this.access = access;
        this.clock = clock;
        this.consentRequests = consentRequests;
        this.log = log;
        this.json = json;
    }

    public IssuedDecision evaluateRecording(RecordingDecisionQuestion question, CallContext call) {
        access.allow(call.identity());
        Optional<RecordingConsent> consent = question.consentRequestReference().map(this::consent);
        Decision decision;
        try {
            decision = policies.recording().evaluate(question.policyQuestion(), today(), consent);
        } catch (ConsentMismatchException e) {
            throw InvalidInputException.of("consentRequestReference", e.refusal());
        }
        return issue(DecisionEvents.RECORDING, question.logged(), decision, call, consent.map(RecordingConsent::reference));
    }

    public IssuedDecision evaluateUsage(UsageDecisionQuestion question, CallContext call) {
        access.allow(call.identity());
        UsageQuestion policyQuestion = new UsageQuestion(question.authority(), question.medium(), question.usage(),
                question.platform(), question.recordingConsentRequestReference().map(this::recordingConsent),
                question.publicationConsentRequestReference().map(this::publicationConsent));
        Decision decision;
        try {
            decision = policies.usage().evaluate(policyQuestion);
        } catch (PlatformNotApplicableException e) {
            throw InvalidInputException.of("platform", e.refusal());
        } catch (ConsentMismatchException e) {
            throw InvalidInputException.of(e.kind() == ConsentMismatchException.Kind.RECORDING
                    ? RECORDING_REFERENCE : PUBLICATION_REFERENCE, e.refusal());
        }
        // The decision log keeps the request that decided the answer; the request body names both.
        return issue(DecisionEvents.USAGE, question.logged(), decision, call,
                decision.consentRequest().map(ReliedOnConsent::reference));
    }

    public LeadTimeAnswer leadTimeStatus(LeadTimeStatusQuestion question, Caller caller) {
        access.allow(caller);
        return policies.leadTimes().answer(question.authority(), question.medium(), question.conversationDate(),
                question.requestDate().orElseGet(this::today));
    }

    public PolicyListing policies(PolicyListingQuestion question, Caller caller) {
        access.allow(caller);
        return question.authority()
                .map(authority -> new PolicyListing(policies.version(), List.of(authority), policies.rules(authority)))
                .orElseGet(() -> new PolicyListing(policies.version(), policies.authorities(), policies.rules()));
    }

    /** Today in Europe/Amsterdam: the clock is produced in that zone (see GatewayConfiguration). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The named consent request as the policy needs it; a request to publish cannot make a recording permitted. */
    private RecordingConsent consent(ConsentReference reference) {
        return consent(reference, "consentRequestReference");
    }

    private RecordingConsent consent(ConsentReference reference, String field) {
        ConsentRequest request = find(reference, field);
        if (request.kind() != ConsentKind.RECORDING) {
            throw InvalidInputException.of(field, ApplicationReason.CONSENT_TO_PUBLISH_NOT_TO_RECORD);
        }
        return new RecordingConsent(request.reference(), request.authority(), request.medium(),
                request.conversationDate(), standing(request), request.effectiveStatus(today()).name());
    }

    /** A usage question's consent request to make the recording. */
    private RecordingConsent recordingConsent(ConsentReference reference) {
        return consent(reference, RECORDING_REFERENCE);
    }

    /** A usage question's consent request for the use; a request to make a recording cannot permit a use. */
    private PublicationConsent publicationConsent(ConsentReference reference) {
        ConsentRequest request = find(reference, PUBLICATION_REFERENCE);
        if (request.kind() != ConsentKind.PUBLICATION) {
            throw InvalidInputException.of(PUBLICATION_REFERENCE, ApplicationReason.CONSENT_TO_RECORD_NOT_TO_USE,
                    RECORDING_REFERENCE);
        }
        return new PublicationConsent(request.reference(), request.authority(), request.medium(),
                request.usage().orElseThrow(), standing(request), request.effectiveStatus(today()).name());
    }

    private ConsentRequest find(ConsentReference reference, String field) {
        return StoreFailures.unavailableAsSuch(() -> consentRequests.find(reference.value()))
                .orElseThrow(() -> InvalidInputException.of(field, ApplicationReason.UNKNOWN_CONSENT_REQUEST))
                .request();
    }

    private RecordingConsent.Standing standing(ConsentRequest request) {
        return switch (request.effectiveStatus(today())) {
            case GRANTED -> RecordingConsent.Standing.GRANTED;
            case DENIED -> RecordingConsent.Standing.DENIED;
            case SUBMITTED -> RecordingConsent.Standing.PENDING;
            case LATE -> RecordingConsent.Standing.LATE;
            case WITHDRAWN, EXPIRED -> RecordingConsent.Standing.LAPSED;
        };
    }

    private IssuedDecision issue(String event, Record question, Decision decision, CallContext call,
                                 Optional<String> consentReference) {
        Instant now = clock.instant();
        String decisionId = DecisionIds.next(now);
        String answer = json.write(DecisionView.of(decisionId, decision));
        log.write(new DecisionRecord(decisionId, call.trace(), event, now, decision.outcome().name(),
                call.caller(), json.write(question), answer, decision.ruleIds(), decision.policyVersion(),
                consentReference, policies.contentId()));
        return new IssuedDecision(decisionId, decision, answer);
    }
}
