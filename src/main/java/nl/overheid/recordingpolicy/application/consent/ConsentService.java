package nl.overheid.recordingpolicy.application.consent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.InputValidator;
import nl.overheid.recordingpolicy.application.InvalidInputException;
import nl.overheid.recordingpolicy.application.ConflictException;
import nl.overheid.recordingpolicy.application.StoreFailures;
import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.idempotency.Fingerprint;
import nl.overheid.recordingpolicy.application.idempotency.Idempotency;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.application.security.ConsentAccess;
import nl.overheid.recordingpolicy.application.validation.SupportedDates;
import nl.overheid.recordingpolicy.application.view.ConsentRequestView;
import nl.overheid.recordingpolicy.domain.RejectedFieldException;
import nl.overheid.recordingpolicy.domain.consent.Channel;
import nl.overheid.recordingpolicy.domain.consent.ConsentApplication;
import nl.overheid.recordingpolicy.domain.consent.ConsentContact;
import nl.overheid.recordingpolicy.domain.consent.ConsentKind;
import nl.overheid.recordingpolicy.domain.consent.ConsentRequest;
import nl.overheid.recordingpolicy.domain.consent.ConsentStatus;
import nl.overheid.recordingpolicy.domain.consent.GrantorDecision;
import nl.overheid.recordingpolicy.domain.consent.IllegalTransitionException;
import nl.overheid.recordingpolicy.domain.consent.Transition;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.Usage;

/**
 * The consent-request registry as both adapters use it: validate, make retries idempotent, run the change in one
 * transaction ({@link ConsentTransactions}) and translate what went wrong into the gateway's error vocabulary
 * (a database that cannot be reached: {@link nl.overheid.recordingpolicy.application.StoreUnavailableException}).
 */
@ApplicationScoped
public class ConsentService {

    static final int EXPIRY_BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ConsentService.class.getName());

    private ConsentTransactions transactions;
    private Idempotency idempotency;
    private InputValidator validator;
    private Clock clock;
    private PolicySet policies;

    protected ConsentService() {
        // for CDI proxies
    }

    @Inject
    public ConsentService(ConsentTransactions transactions, Idempotency idempotency, InputValidator validator,
                          Clock clock, PolicySet policies) {
        this.transactions = transactions;
        this.policies = policies;
        this.idempotency = idempotency;
        this.validator = validator;
        this.clock = clock;
    }

    public ConsentAnswer submit(ConsentInputs.Submit input, Optional<String> idempotencyKey, CallContext call) {
        ConsentAccess.requireRole(call.identity());
        validator.valid(input);
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> givenRequestDate = Optional.ofNullable(input.requestDate()).flatMap(SupportedDates::parse);
        LocalDate requestDate = givenRequestDate.orElse(today);
        if (requestDate.isAfter(today)) {
            throw InvalidInputException.of("requestDate", "must not lie in the future (today is " + today + ")");
        }
        ConsentApplication application = new ConsentApplication(
                ConsentKind.valueOf(input.kind()), policies.authority(input.authority()).orElseThrow(), Medium.valueOf(input.medium()),
                Optional.ofNullable(input.usage()).map(Usage::valueOf), SupportedDates.parse(input.conversationDate()).orElseThrow(),
                Channel.valueOf(input.channel()), input.caseReference(), requestDate);
        ConsentAccess.requireMaySubmit(call.identity(), application.authority());
        // The request as given, parsed: a retry naming the default municipality by its alias is the same request,
        // and a left-out request date stays "as of the day it was first handled" on a retry the next day.
        String fingerprint = Fingerprint.of("submit").add(application.kind()).add(application.authority().code())
                .add(application.medium()).add(application.usage()).add(application.conversationDate())
                .add(application.channel()).add(application.caseReference())
                .add(givenRequestDate).toString();
        return StoreFailures.unavailableAsSuch(() -> idempotency.once(idempotencyKey, scoped("consent-submit", call),
                fingerprint, ConsentAnswer::fromStoredJson, completion -> {
                    try {
                        return transactions.submit(application, input, call, completion);
                    } catch (RejectedFieldException e) {
                        throw InvalidInputException.of(e.field(), e.reason());
                    }
                }));
    }

    /** A request the caller may not see is as unknown as one never issued. */
    public ConsentRequestView get(ConsentInputs.Lookup input, Caller caller) {
        ConsentAccess.requireRole(caller);
        validator.valid(input);
        return StoreFailures.unavailableAsSuch(() -> transactions.view(input.reference(), caller))
                .orElseThrow(ConsentNotFoundException::new);
    }

    /** Only the case's requests the caller may see, counted as such. */
    public ConsentRequestPage find(ConsentInputs.Find input, Caller caller) {
        ConsentAccess.requireRole(caller);
        validator.valid(input);
        return StoreFailures.unavailableAsSuch(() -> transactions.page(input.caseReference(),
                ConsentAccess.visibility(caller), input.pageNumber(), input.size()));
    }

    public ConsentAnswer decide(ConsentInputs.Decide input, Optional<String> idempotencyKey, CallContext call) {
        Caller caller = call.identity();
        ConsentAccess.requireRole(caller);
        validator.valid(input);
        GrantorDecision decision = GrantorDecision.valueOf(input.decision());
        Optional<String> reason = Optional.ofNullable(input.reason());
        String fingerprint = Fingerprint.of("decide").add(input.reference()).add(decision).add(reason).toString();
        return transition(input.reference(), scoped("consent-decide:" + input.reference(), call), input, fingerprint,
                idempotencyKey, call, request -> {
                    ConsentAccess.requireMayDecide(caller, visible(caller, request));
                    return request.decide(decision, reason, LocalDate.now(clock), clock.instant()).by(caller.name());
                });
    }

    /**
     * The grantor records a contact with the requester, and what was proposed instead, if anything. A request the
     * caller may not see is as unknown as one never issued; one it sees but does not grant is a refusal.
     */
    public ConsentAnswer recordContact(ConsentInputs.Contact input, Optional<String> idempotencyKey, CallContext call) {
        Caller caller = call.identity();
        ConsentAccess.requireRole(caller);
        validator.valid(input);
        Instant contactedAt = instant(input.contactedAt());
        Optional<ConsentContact.Alternative> alternative =
                input.alternativeMedium() == null && blank(input.alternativeDescription()) ? Optional.empty()
                        : Optional.of(new ConsentContact.Alternative(
                                Optional.ofNullable(input.alternativeMedium()).map(Medium::valueOf),
                                Optional.ofNullable(input.alternativeDescription())));
        String fingerprint = Fingerprint.of("contact").add(input.reference()).add(contactedAt)
                .add(Optional.ofNullable(input.note())).add(alternative.flatMap(ConsentContact.Alternative::medium))
                .add(alternative.flatMap(ConsentContact.Alternative::description)).toString();
        try {
            return StoreFailures.unavailableAsSuch(() -> idempotency.once(idempotencyKey,
                    scoped("consent-contact:" + input.reference(), call), fingerprint, ConsentAnswer::fromStoredJson,
                    completion -> transactions.contact(input.reference(), request -> {
                        ConsentAccess.requireMayRecordContact(caller, visible(caller, request));
                        return ConsentContact.record(request, contactedAt, contactedAt.atZone(clock.getZone()).toLocalDate(),
                                Optional.ofNullable(input.note()), alternative, clock.instant()).by(caller.name());
                    }, input, call, completion)));
        } catch (RejectedFieldException e) {
            throw InvalidInputException.of(e.field(), e.reason());
        } catch (ConcurrentChangeException e) {
            throw new ConflictException(ConflictException.Kind.CONCURRENT_CHANGE,
                    "Another request changed this consent request at the same moment; record the contact again.",
                    Optional.empty());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** An RFC 3339 date-time with an offset, as both contracts describe contactedAt. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("contactedAt",
                    "must be a date and time with an offset, e.g. 2026-05-11T10:15:00+02:00");
        }
    }

    public ConsentAnswer withdraw(ConsentInputs.Withdraw input, Optional<String> idempotencyKey, CallContext call) {
        Caller caller = call.identity();
        ConsentAccess.requireRole(caller);
        validator.valid(input);
        Optional<String> reason = Optional.ofNullable(input.reason());
        String fingerprint = Fingerprint.of("withdraw").add(input.reference()).add(reason).toString();
        return transition(input.reference(), scoped("consent-withdraw:" + input.reference(), call), input, fingerprint,
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

    private ConsentAnswer transition(String reference, String operation, Object input, String fingerprint,
                                          Optional<String> idempotencyKey, CallContext call,
                                          UnaryOperator<ConsentRequest> change) {
        try {
            return StoreFailures.unavailableAsSuch(() -> idempotency.once(idempotencyKey, operation, fingerprint,
                    ConsentAnswer::fromStoredJson, completion -> transactions.change(reference, change, input, call,
                            completion)));
        } catch (IllegalTransitionException e) {
            throw new ConflictException(ConflictException.Kind.ILLEGAL_TRANSITION,
                    "The consent request is " + e.current() + "; it can no longer be "
                            + (e.attempted() == Transition.DECIDE ? "decided." : "withdrawn."),
                    Optional.of(e.current()));
        } catch (ConcurrentChangeException e) {
            Optional<ConsentStatus> now = StoreFailures.unavailableAsSuch(() -> transactions.view(reference))
                    .map(view -> ConsentStatus.valueOf(view.status()));
            throw new ConflictException(ConflictException.Kind.CONCURRENT_CHANGE,
                    "Another request changed this consent request at the same moment"
                            + now.map(status -> "; it is now " + status).orElse("") + ".", now);
        }
    }
}
