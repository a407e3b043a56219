/**
 * The archive of policy versions: every distinct policy the gateway has started with ({@code PolicyContent}, named by
 * the SHA-256 of its files), kept so that the policy a decision-log record names can be retrieved for as long as the
 * record exists, as the Authorization Decision Log standard asks of a policy source reference.
 */
package nl.overheid.recordingpolicy.application.policyversion;
