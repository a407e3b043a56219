/**
 * The decision use case, called by the SOAP, REST and AuthZEN adapters alike: it takes the typed questions the edge
 * parsed (RecordingDecisionQuestion, UsageDecisionQuestion, LeadTimeStatusQuestion, PolicyListingQuestion), asks
 * the policy, logs the decision and hands it back with its identifier. The other use cases are in the
 * subpackages (consent, acknowledgement, policy versions, the decision log's readers); what they share is below
 * them (failure, configuration, security, audit, view), so no subpackage uses this one.
 */
package nl.overheid.recordingpolicy.application;
