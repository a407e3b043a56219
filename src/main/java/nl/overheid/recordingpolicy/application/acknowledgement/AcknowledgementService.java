package nl.overheid.recordingpolicy.application.acknowledgement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.failure.ApplicationReason;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.StoreFailures;
import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.idempotency.Fingerprint;
import nl.overheid.recordingpolicy.application.idempotency.Idempotency;
import nl.overheid.recordingpolicy.application.security.AcknowledgementAccess;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.application.security.ConsentAccess;
import nl.overheid.recordingpolicy.application.view.AcknowledgementListView;
import nl.overheid.recordingpolicy.application.view.AcknowledgementView;
import nl.overheid.recordingpolicy.domain.RejectedFieldException;
import nl.overheid.recordingpolicy.domain.acknowledgement.Acknowledgement;
import nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementDetails;
import nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementForm;
import nl.overheid.recordingpolicy.domain.acknowledgement.AcknowledgementReference;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/**
 * The acknowledgements of the municipal rules as both adapters use them: register one against a case, read it back,
 * list a case's, and print the form (empty, or as registered).
 */
@ApplicationScoped
public class AcknowledgementService {

    /** A case has a handful of acknowledgements; a list longer than this is cut, oldest first. */
    static final int MAX_PER_CASE = 100;

    private AcknowledgementTransactions transactions;
    private Idempotency idempotency;
    private Clock clock;
    private PolicySet policies;

    protected AcknowledgementService() {
        // for CDI proxies
    }

    @Inject
    public AcknowledgementService(AcknowledgementTransactions transactions, Idempotency idempotency,
                                  Clock clock, PolicySet policies) {
        this.transactions = transactions;
        this.idempotency = idempotency;
        this.clock = clock;
        this.policies = policies;
    }

    /**
     * @param idempotencyKey the caller's key for a safe retry: the same key with the same registration returns the
     *                       first answer and stores nothing new; only the acknowledgement's reference is kept with the
     *                       key, never the names (the answer of a retry is read from the acknowledgement itself)
     */
    public AcknowledgementView register(AcknowledgementQuestions.Register question, Optional<String> idempotencyKey,
                                        CallContext call) {
        Caller caller = call.identity();
        ConsentAccess.requireRole(caller);
        AcknowledgementForm form = form(question.authority());
        AcknowledgementAccess.requireMayRegister(caller, form.authority());
        Acknowledgement acknowledgement;
        try {
            AcknowledgementDetails details = new AcknowledgementDetails(question.date(), question.clientName(),
                    question.employeeName(), question.signedByClient(), question.signedByEmployee());
            acknowledgement = Acknowledgement.register(form, question.caseReference(), details, caller.name(),
                    LocalDate.now(clock), clock.instant());
        } catch (RejectedFieldException e) {
            throw InvalidInputException.of(e);
        }
        AcknowledgementDetails details = acknowledgement.details();
        String fingerprint = Fingerprint.of("acknowledgement").add(form.authority().code()).add(question.caseReference())
                .add(details.date()).add(details.clientName()).add(details.employeeName())
                .add(details.signedByClient()).add(details.signedByEmployee()).toString();
        return StoreFailures.unavailableAsSuch(() -> idempotency.once(idempotencyKey,
                "acknowledgement-register@" + caller.name(), fingerprint, this::registered,
                completion -> transactions.register(acknowledgement, question.withoutNames(), call, completion)));
    }

    /** The answer of a retry: the acknowledgement the first request registered, as it is stored. */
    private AcknowledgementView registered(String storedReference) {
        String reference = transactions.earlierReference(storedReference);
        StoredAcknowledgement stored = transactions.find(reference).orElseThrow(() ->
                new IllegalStateException("an idempotency record names acknowledgement " + reference + ", which is gone"));
        return AcknowledgementView.of(stored.acknowledgement(), stored.decisionId());
    }

    /** One the caller may not see is as unknown as one never registered. */
    public AcknowledgementView get(AcknowledgementQuestions.Lookup question, Caller caller) {
        StoredAcknowledgement stored = visible(question.reference(), caller);
        return AcknowledgementView.of(stored.acknowledgement(), stored.decisionId());
    }

    public AcknowledgementListView find(AcknowledgementQuestions.Find question, Caller caller) {
        ConsentAccess.requireRole(caller);
        return new AcknowledgementListView(StoreFailures.unavailableAsSuch(() -> transactions.findByCase(
                        question.caseReference(), AcknowledgementAccess.visibility(caller), MAX_PER_CASE)).stream()
                .map(stored -> AcknowledgementView.of(stored.acknowledgement(), stored.decisionId()))
                .toList());
    }

    /**
     * The form to print and sign; open to everyone, like the rules themselves.
     *
     * @param preferred the caller's language where the question names none (Accept-Language)
     */
    public PrintableForm emptyForm(AcknowledgementQuestions.EmptyForm question, Optional<FormLanguage> preferred) {
        return PrintableForms.empty(form(question.authority()), policies.version(),
                language(question.language(), preferred));
    }

    /** The form of a registered acknowledgement, for those who may see it. */
    public PrintableForm filledForm(AcknowledgementQuestions.FilledForm question, Caller caller,
                                    Optional<FormLanguage> preferred) {
        StoredAcknowledgement stored = visible(question.reference(), caller);
        Acknowledgement acknowledgement = stored.acknowledgement();
        AcknowledgementForm form = AcknowledgementForm.of(policies.of(acknowledgement.authority())).orElseThrow(
                () -> new IllegalStateException(acknowledgement.authority() + "'s policy no longer has its form"));
        return PrintableForms.filled(form, policies.version(), language(question.language(), preferred),
                acknowledgement.reference(), acknowledgement.details());
    }

    private StoredAcknowledgement visible(AcknowledgementReference reference, Caller caller) {
        ConsentAccess.requireRole(caller);
        return StoreFailures.unavailableAsSuch(() -> transactions.find(reference.value()))
                .filter(stored -> AcknowledgementAccess.maySee(caller, stored.acknowledgement()))
                .orElseThrow(AcknowledgementNotFoundException::new);
    }

    /** The authority's form; an authority whose rules have none (UWV) cannot be asked for one. */
    private AcknowledgementForm form(Authority authority) {
        return AcknowledgementForm.of(policies.of(authority)).orElseThrow(() -> InvalidInputException.of("authority",
                ApplicationReason.NO_ACKNOWLEDGEMENT_FORM, authority.name()));
    }

    private static FormLanguage language(Optional<FormLanguage> asked, Optional<FormLanguage> preferred) {
        return asked.or(() -> preferred).orElse(FormLanguage.NL);
    }
}
