package nl.overheid.recordingpolicy.application.acknowledgement;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.overheid.recordingpolicy.application.audit.CallContext;
import nl.overheid.recordingpolicy.application.audit.DecisionIds;
import nl.overheid.recordingpolicy.application.audit.DecisionLog;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.audit.RecordJson;
import nl.overheid.recordingpolicy.application.idempotency.Idempotency;
import nl.overheid.recordingpolicy.application.security.AcknowledgementVisibility;
import nl.overheid.recordingpolicy.application.view.AcknowledgementView;
import nl.overheid.recordingpolicy.domain.acknowledgement.Acknowledgement;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;

/**
 * One transaction per registration: the acknowledgement and the decision-log record of its registration are
 * committed together or not at all.
 */
@ApplicationScoped
@Transactional
public class AcknowledgementTransactions {

    static final String EVENT = "acknowledgement_registered";
    static final String STATUS = "REGISTERED";

    private AcknowledgementStore store;
    private DecisionLog log;
    private PolicySet policies;
    private RecordJson json;

    protected AcknowledgementTransactions() {
        // for CDI proxies
    }

    @Inject
    public AcknowledgementTransactions(AcknowledgementStore store, DecisionLog log, PolicySet policies,
                                       RecordJson json) {
        this.store = store;
        this.log = log;
        this.policies = policies;
        this.json = json;
    }

    /**
     * @param logged what the decision log records of the question: the log keeps no names (docs/security.md), only
     *               the reference that leads to them for those who may read it
     */
    public AcknowledgementView register(Acknowledgement acknowledgement, Object logged, CallContext call,
                                        Idempotency.Completion completion) {
        String decisionId = DecisionIds.next(acknowledgement.registeredAt());
        store.insert(acknowledgement, decisionId);
        AcknowledgementView view = AcknowledgementView.of(acknowledgement, decisionId);
        log.append(new DecisionRecord(decisionId, call.trace(), EVENT, acknowledgement.registeredAt(), STATUS,
                call.caller(), json.write(logged), json.write(new LoggedAnswer(acknowledgement, decisionId)),
                List.of(acknowledgement.ruleId()), policies.version(), Optional.empty(), policies.contentId()));
        // with an idempotency key: the reference only, so that the names stay in the acknowledgement's own row
        completion.complete(json.write(acknowledgement.reference()), acknowledgement.reference());
        return view;
    }

    /**
     * The reference an idempotency record holds, as {@link #register} stored it. It reads only what it is given, so it opens no transaction of its own (a retry
     * that lost the race for its key calls it outside one).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String earlierReference(String stored) {
        return json.read(stored, String.class);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredAcknowledgement> find(String reference) {
        return store.find(reference);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredAcknowledgement> findByCase(String caseReference, AcknowledgementVisibility visibility, int limit) {
        return store.findByCase(caseReference, visibility, limit);
    }

    /** The answer as the decision log keeps it: the view without the names. */
    public record LoggedAnswer(String reference, String authority, String caseReference, String date,
                               boolean signedByClient, boolean signedByEmployee, String registeredBy,
                               String registeredAt, String ruleId, String decisionId) {

        LoggedAnswer(Acknowledgement acknowledgement, String decisionId) {
            this(acknowledgement.reference(), acknowledgement.authority().name(), acknowledgement.caseReference(),
                    acknowledgement.details().date().toString(), acknowledgement.details().signedByClient(),
                    acknowledgement.details().signedByEmployee(), acknowledgement.registeredBy(),
                    acknowledgement.registeredAt().toString(), acknowledgement.ruleId(), decisionId);
        }
    }
}
