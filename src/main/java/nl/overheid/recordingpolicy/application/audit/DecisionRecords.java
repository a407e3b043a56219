package nl.overheid.recordingpolicy.application.audit;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.overheid.recordingpolicy.application.failure.ApplicationReason;
import nl.overheid.recordingpolicy.application.failure.InvalidInputException;
import nl.overheid.recordingpolicy.application.failure.StoreFailures;

/** Looking up the decision log, for auditors and callers who keep a decisionId. */
@ApplicationScoped
public class DecisionRecords {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private DecisionLog log;

    protected DecisionRecords() {
        // for CDI proxies
    }

    @Inject
    public DecisionRecords(DecisionLog log) {
        this.log = log;
    }

    /** @throws DecisionNotFoundException when no decision has this id */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DecisionRecord find(String decisionId) {
        String id = decisionId == null ? "" : decisionId.toLowerCase(java.util.Locale.ROOT); // UUIDs are case-insensitive
        if (!UUID.matcher(id).matches()) {
            throw InvalidInputException.of("decisionId", ApplicationReason.DECISION_ID);
        }
        return StoreFailures.unavailableAsSuch(() -> log.find(id)).orElseThrow(DecisionNotFoundException::new);
    }

    /** No decision has this id. */
    public static class DecisionNotFoundException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public DecisionNotFoundException() {
            super("There is no decision with this id.");
        }

        /** A record that exists, but not in the form asked for; {@code message} says why. */
        public DecisionNotFoundException(String message) {
            super(message);
        }
    }
}
