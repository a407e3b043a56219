package nl.overheid.recordingpolicy.bench.baseline;

/** The recording-decision request body, read by JSON-B as the gateway reads it into its own types. */
public class DecisionQuestion {
    public String authority;
    public String medium;
    public Boolean participant;
    public String conversationDate;
}
