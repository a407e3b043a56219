package nl.overheid.recordingpolicy.application.audit;

import java.util.Set;

/** The events of the decision log that are decisions of the policy; the other records are changes made by people. */
public final class DecisionEvents {

    public static final String RECORDING = "recording_decision";
    public static final String USAGE = "usage_decision";

    private static final Set<String> ACCESS_EVALUATIONS = Set.of(RECORDING, USAGE);

    private DecisionEvents() {
    }

    /**
     * Whether records of this event are access evaluations in the sense of the Authorization Decision Log standard:
     * consent status changes, contacts and acknowledgements are not ("decisions whose shape does not correspond to any
     * of the five event_name values are out of scope").
     */
    public static boolean isAccessEvaluation(String event) {
        return ACCESS_EVALUATIONS.contains(event);
    }
}
