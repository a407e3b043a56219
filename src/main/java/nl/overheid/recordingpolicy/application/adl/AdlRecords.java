package nl.overheid.recordingpolicy.application.adl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.overheid.recordingpolicy.application.audit.DecisionEvents;
import nl.overheid.recordingpolicy.application.audit.DecisionRecord;
import nl.overheid.recordingpolicy.application.audit.DecisionRecords;
import nl.overheid.recordingpolicy.application.consent.DecisionRecordLookup;
import nl.overheid.recordingpolicy.application.policyversion.PolicyVersions;
import nl.overheid.recordingpolicy.application.security.Caller;

/**
 * GET /decisions/{decisionId}/adl-record: an access evaluation of the decision log, for the Authorization Decision Log
 * shape (adapter.adl renders it), to those who may read the record (the same rules, {@link DecisionRecordLookup}).
 */
@ApplicationScoped
public class AdlRecords {

    private DecisionRecordLookup records;
    private PolicyVersions versions;

    protected AdlRecords() {
        // for CDI proxies
    }

    @Inject
    public AdlRecords(DecisionRecordLookup records, PolicyVersions versions) {
        this.records = records;
        this.versions = versions;
    }

    /**
     * @throws DecisionRecords.DecisionNotFoundException when there is no such record the caller may read, or it is not
     *                                                   an access evaluation (a consent status change, ...)
     */
    public AdlRecord find(String decisionId, Caller caller) {
        DecisionRecord record = records.find(decisionId, caller);
        if (!DecisionEvents.isAccessEvaluation(record.event())) {
            throw new DecisionRecords.DecisionNotFoundException("Decision " + record.decisionId() + " is a "
                    + record.event() + " record, not an access evaluation: it has no Authorization Decision Log form "
                    + "(read it at /api/v1/decisions/" + record.decisionId() + ").");
        }
        return new AdlRecord(record, versions.rules(record.policyContentId()));
    }
}
