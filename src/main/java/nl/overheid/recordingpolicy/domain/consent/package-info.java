/**
 * The lifecycle of a citizen's request for consent: to make an image recording at UWV before the conversation
 * ({@link nl.overheid.recordingpolicy.domain.consent.ConsentKind#RECORDING}), or to publish or share a recording
 * afterwards ({@link nl.overheid.recordingpolicy.domain.consent.ConsentKind#PUBLICATION}).
 *
 * <p>{@link nl.overheid.recordingpolicy.domain.consent.ConsentRequest#submit} asks the rules of the
 * {@code policy} package whether there is a consent to give at all, who gives it and, for a recording, by when it
 * had to be asked. From there a request moves only forward: SUBMITTED to GRANTED, DENIED, WITHDRAWN or EXPIRED;
 * a recording asked too late starts, and stays, LATE. Every status but SUBMITTED is final. Requests are immutable
 * values whose history records every step with its actor (a role, never a name) and reason.
 *
 * <p>AVG data minimisation: a request holds no citizen number, name or contact detail, only what the decision
 * needs and the authority's case reference. Its own reference is 128 random bits
 * ({@link nl.overheid.recordingpolicy.domain.consent.ConsentReferences}), since holding it is what gives access.
 *
 * <p>Plain Java, no framework imports, no clock reads: the adapter passes {@code today} and {@code now}, stores
 * requests and rebuilds them with {@link nl.overheid.recordingpolicy.domain.consent.ConsentRequest#restore}.
 */
package nl.overheid.recordingpolicy.domain.consent;
