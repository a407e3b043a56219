package nl.overheid.recordingpolicy.adapter.question.validation;

/** A request that names a conversation for which a lead time may apply. */
public interface LeadTimeQuestion {

    String authority();

    String medium();

    String conversationDate();
}
