/**
 * The recording policies of UWV and of municipalities: the model of one authority's policy (its rules, each with a
 * stable identifier and the exact Dutch sentence of the published rules it comes from; its decision table of
 * ordered {@link nl.overheid.recordingpolicy.domain.policy.Step}s; its texts in Dutch and English) and the
 * evaluation of those tables. {@link nl.overheid.recordingpolicy.domain.policy.RecordingPolicy} answers "may this
 * recording be made?", {@link nl.overheid.recordingpolicy.domain.policy.UsagePolicy} "may the recording be used
 * this way?", {@link nl.overheid.recordingpolicy.domain.policy.LeadTimePolicy} "by when must consent be asked?"; all
 * cite the rules that produced the answer. The policies themselves are data (the policy files, read by
 * {@code adapter.policyfile}), and so are the gateway's own texts
 * ({@link nl.overheid.recordingpolicy.domain.policy.GatewayTexts}). Plain Java: no framework imports, so the rules
 * can be tested in milliseconds.
 */
package nl.overheid.recordingpolicy.domain.policy;
