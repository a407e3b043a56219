package nl.overheid.recordingpolicy.application.audit;

/**
 * Port: writes a decision record that belongs to no other change (a recording or usage decision), outside any
 * transaction of the caller. Implementations may group the records of concurrent decisions into one commit, but
 * return only once the record is durably stored: an acknowledged record is never lost.
 */
public interface DecisionLogWriter {

    /** @throws DecisionLogUnavailableException if the record could not be stored; the decision must then fail */
    void write(DecisionRecord record);
}
