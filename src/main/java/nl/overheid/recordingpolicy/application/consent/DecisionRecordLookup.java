package nl.overheid.recordingpolicy.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.failure.StoreFailures;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.audit.DecisionRecords;
import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.application.security.ConsentAccess;
import nl.overheid.recordingpolicy.application.security.Role;

/**
 * GET /decisions/{decisionId} with access rules: an auditor reads every record; another role reads the records of
 * the consent requests it may see. Any other record is as unknown as an id never issued.
 */
@ApplicationScoped
public class DecisionRecordLookup {

    private DecisionRecords records;
    private ConsentTransactions consents;

    protected DecisionRecordLookup() {
        // for CDI proxies
    }

    @Inject
    public DecisionRecordLookup(DecisionRecords records, ConsentTransactions consents) {
        this.records = records;
        this.consents = consents;
    }

    /** @throws DecisionRecords.DecisionNotFoundException when there is no such record the caller may read */
    public DecisionRecord find(String decisionId, Caller caller) {
        ConsentAccess.requireRole(caller);
        DecisionRecord record = records.find(decisionId);
        if (caller.has(Role.AUDITOR)
                || record.consentReference().filter(reference -> StoreFailures.unavailableAsSuch(
                        () -> consents.visible(reference, caller))).isPresent()) {
            return record;
        }
        throw new DecisionRecords.DecisionNotFoundException();
    }
}
