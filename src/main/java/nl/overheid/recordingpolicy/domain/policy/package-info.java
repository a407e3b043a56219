/**
 * The recording policies of UWV and of municipalities, as data and as decisions.
 *
 * <p>Every {@link nl.overheid.recordingpolicy.domain.policy.Rule} has a stable identifier and carries the exact
 * Dutch sentence of the published rules (spelregels) it comes from. {@link nl.overheid.recordingpolicy.domain.policy.RecordingPolicy}
 * answers "may this recording be made?", {@link nl.overheid.recordingpolicy.domain.policy.UsagePolicy} answers
 * "may the recording be used this way?"; both cite the rules that produced the answer. Plain Java: no framework
 * imports, so the rules can be tested in milliseconds and reused by any adapter.
 */
package nl.overheid.recordingpolicy.domain.policy;
