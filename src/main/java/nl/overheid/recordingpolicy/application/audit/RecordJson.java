package nl.overheid.recordingpolicy.application.audit;

/**
 * What the gateway records, as the JSON its records hold (the contracts' field names): a decision-log record's
 * question and answer, an idempotent answer. A port: the use cases decide what is recorded and when, an adapter how it
 * is written. Each answer is written once; the decision log, the idempotency record and the REST answer share that
 * text (writing it again for REST cost a noticeable part of a consent submission, docs/findings.md).
 */
public interface RecordJson {

    String write(Object value);

    <T> T read(String json, Class<T> type);
}
