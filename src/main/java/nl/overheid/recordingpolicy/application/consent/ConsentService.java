package nl.overheid.recordingpolicy.application.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.failure.ConflictException;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.StoreFailures;
import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.idempotency.Fingerprint;
import nl.overheid.recordingpolicy.application.idempotency.Idempotency;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.application.security.ConsentAccess;
import nl.overheid.recordingpolicy.application.view.ConsentRequestView;
import nl.overheid.recordingpolicy.domain.FieldReason;
import nl.overheid.recordingpolicy.domain.RejectedFieldException;
import nl.overheid.recordingpolicy.domain.consent.ConsentApplication;
import nl.overheid.recordingpolicy.domain.consent.ConsentContact;
import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.consent.ConsentStatus;
import nl.overheid.recordingpolicy.domain.consent.GrantorDecision;
import nl.overheid.recordingpolicy.domain.consent.IllegalTransitionException;
import nl.overheid.recordingpolicy.domain.consent.Transition;

/**
 * The consent-request registry as both adapters use it, each question parsed by the adapter: make retries
 * idempotent, run the change in one transaction ({@link ConsentTransactions}) and translate what went wrong into the gateway's error vocabulary
 * (a database that cannot be reached: {@link nl.overheid.recordingpolicy.application.failure.StoreUnavailableException}).
 */
@ApplicationScoped
public class ConsentService {

    static final int EXPIRY_BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ConsentService.class.getName());

    private ConsentTransactions transactions;
    private Idempotency idempotency;
    private Clock clock;

    protected ConsentService() {
        // for CDI proxies
    }

    @Inject
    public ConsentService(ConsentTransactions transactions, Idempotency idempotency, Clock clock) {
        this.transactions = transactions;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    public ConsentAnswer submit(ConsentQuestions.Submit question, Optional<String> idempotencyKey, CallContext call) {
        ConsentAccess.requireRole(call.identity());
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> givenRequestDate = question.requestDate();
        LocalDate requestDate = givenRequestDate.orElse(today);
        if (requestDate.isAfter(today)) {
            throw InvalidInputException.of("requestDate", FieldReason.NOT_IN_THE_FUTURE, today);
        }
        ConsentApplication application = new ConsentApplication(question.kind(), question.authority(),
                question.medium(), question.usage(), question.conversationDate(), question.channel(),
                question.caseReference(), requestDate);
        ConsentAccess.requireMaySubmit(call.identity(), application.authority());
        // The request as given, parsed: a retry naming the default municipality by its alias is the same request,
        // and a left-out request date stays "as of the day it was first handled" on a retry the next day.
        String fingerprint = Fingerprint.of("submit").add(application.kind()).add(application.authority().code())
                .add(application.medium()).add(application.usage()).add(application.conversationDate())
                .add(application.channel()).add(application.caseReference())
                .add(givenRequestDate).toString();
        return StoreFailures.unavailableAsSuch(() -> idempotency.once(idempotencyKey, scoped("consent-submit", call),
                fingerprint, transactions::earlierAnswer, completion -> {
                    try {
                        return transactions.submit(application, question.logged(), call, completion);
                    } catch (RejectedFieldException e) {
                        throw InvalidInputException.of(e);
                    }
                }));
    }

    /** A request the caller may not see is as unknown as one never issued. */
    public ConsentRequestView get(ConsentQuestions.Lookup question, Caller caller) {
        ConsentAccess.requireRole(caller);
        return StoreFailures.unavailableAsSuch(() -> transactions.view(question.reference().value(), caller))
                .orElseThrow(ConsentNotFoundException::new);
    }

    /** Only the case's requests the caller may see, counted as such. */
    public ConsentRequestPage find(ConsentQuestions.Find question, Caller caller) {
        ConsentAccess.requireRole(caller);
        return StoreFailures.unavailableAsSuch(() -> transactions.page(question.caseReference(),
                ConsentAccess.visibility(caller), question.page(), question.pageSize()));
    }

    public ConsentAnswer decide(ConsentQuestions.Decide question, Optional<String> idempotencyKey, CallContext call) {
        Caller caller = call.identity();
        ConsentAccess.requireRole(caller);
        String reference = question.reference().value();
        GrantorDecision decision = question.decision();
        Optional<String> reason = question.reason();
        String fingerprint = Fingerprint.of("decide").add(reference).add(decision).add(reason).toString();
        return transition(reference, scoped("consent-decide:" + reference, call), question.logged(), fingerprint,
                idempotencyKey, call, request -> {
                    ConsentAccess.requireMayDecide(caller, visible(caller, request));
                    return request.decide(decision, reason, LocalDate.now(clock), clock.instant()).by(caller.name());
                });
    }

    /**
     * The grantor records a contact with the requester, and what was proposed instead, if anything. A request the
     * caller may not see is as unknown as one never issued; one it sees but does not grant is a refusal.
     */
    public ConsentAnswer recordContact(ConsentQuestions.Contact question, Optional<String> idempotencyKey,
                                       CallContext call) {
        Caller caller = call.identity();
        ConsentAccess.requireRole(caller);
        String reference = question.reference().value();
        Instant contactedAt = question.contactedAt().toInstant();
        boolean noAlternative = question.alternativeMedium().isEmpty()
                && question.alternativeDescription().filter(description -> !description.isBlank()).isEmpty();
        Optional<ConsentContact.Alternative> alternative = noAlternative ? Optional.empty()
                : Optional.of(new ConsentContact.Alternative(question.alternativeMedium(), question.alternativeDescription()));
        String fingerprint = Fingerprint.of("contact").add(reference).add(contactedAt)
                .add(question.note()).add(alternative.flatMap(ConsentContact.Alternative::medium))
                .add(alternative.flatMap(ConsentContact.Alternative::description)).toString();
        try {
            return StoreFailures.unavailableAsSuch(() -> idempotency.once(idempotencyKey,
                    scoped("consent-contact:" + reference, call), fingerprint, transactions::earlierAnswer,
                    completion -> transactions.contact(reference, request -> {
                        ConsentAccess.requireMayRecordContact(caller, visible(caller, request));
                        return ConsentContact.record(request, contactedAt, contactedAt.atZone(clock.getZone()).toLocalDate(),
                                question.note(), alternative, clock.instant()).by(caller.name());
                    }, question.logged(), call, completion)));
        } catch (RejectedFieldException e) {
            throw InvalidInputException.of(e);
        } catch (ConcurrentChangeException e) {
            throw new ConflictException(ConflictException.Kind.CONCURRENT_CHANGE,
                    "Another request changed this consent request at the same moment; record the contact again.",
                    Optional.empty());
        }
    }

    public ConsentAnswer withdraw(ConsentQuestions.Withdraw question, Optional<String> idempotencyKey, CallContext call) {
        Caller caller = call.identity();
        ConsentAccess.requireRole(caller);
        String reference = question.reference().value();
        Optional<String> reason = question.reason();
        String fingerprint = Fingerprint.of("withdraw").add(reference).add(reason).toString();
        return transition(reference, scoped("consent-withdraw:" + reference, call), question.logged(), fingerprint,
                idempotencyKey, call, request -> {
                    ConsentAccess.requireMayWithdraw(caller, visible(caller, request));
                    return request.withdraw(reason, LocalDate.now(clock), clock.instant()).by(caller.name());
                });
    }

    private static ConsentRequest visible(Caller caller, ConsentRequest request) {
        if (!ConsentAccess.maySee(caller, request)) {
            throw new ConsentNotFoundException();
        }
        return request;
    }

    /**
     * Idempotency keys belong to the caller that sent them: another caller's retry with the same key is a request of
     * its own, and never receives the first caller's answer.
     */
    private static String scoped(String operation, CallContext call) {
        return operation + "@" + call.identity().name();
    }

    /**
     * Expires every recording request still SUBMITTED after its conversation date, each in its own transaction.
     * Idempotent: a second run finds nothing to do; a request decided concurrently is left to that decision.
     *
     * @return how many requests expired
     */
    public int expireDue() {
        int expired = 0;
        int expiredInBatch;
        List<String> due;
        do {
            expiredInBatch = 0;
            due = transactions.dueForExpiry(EXPIRY_BATCH);
            for (String reference : due) {
                try {
                    if (transactions.expire(reference, CallContext.system("consent-expiry")).isPresent()) {
                        expiredInBatch++;
                    }
                } catch (ConcurrentChangeException e) {
                    LOG.fine(() -> "not expired, decided concurrently: " + reference);
                }
            }
            expired += expiredInBatch;
        } while (due.size() == EXPIRY_BATCH && expiredInBatch > 0); // a full batch may mean more are due
        return expired;
    }

    private ConsentAnswer transition(String reference, String operation, Record logged, String fingerprint,
                                          Optional<String> idempotencyKey, CallContext call,
                                          UnaryOperator<ConsentRequest> change) {
        try {
            return StoreFailures.unavailableAsSuch(() -> idempotency.once(idempotencyKey, operation, fingerprint,
                    transactions::earlierAnswer, completion -> transactions.change(reference, change, logged, call,
                            completion)));
        } catch (IllegalTransitionException e) {
            throw new ConflictException(ConflictException.Kind.ILLEGAL_TRANSITION,
                    "The consent request is " + e.current() + "; it can no longer be "
                            + (e.attempted() == Transition.DECIDE ? "decided." : "withdrawn."),
                    Optional.of(e.current()));
        } catch (ConcurrentChangeException e) {
            Optional<ConsentStatus> now = StoreFailures.unavailableAsSuch(() -> transactions.status(reference));
            throw new ConflictException(ConflictException.Kind.CONCURRENT_CHANGE,
                    "Another request changed this consent request at the same moment"
                            + now.map(status -> "; it is now " + status).orElse("") + ".", now);
        }
    }
}
