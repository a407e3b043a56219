/**
 * Use cases of the gateway, called by both the SOAP and the REST adapter: validate the question (Bean
 * Validation, so both protocols reject bad input with the same field names and reasons), ask the policy, and
 * hand back the decision with its identifier. "Today" comes from an injected {@link java.time.Clock} in
 * Europe/Amsterdam.
 */
package nl.overheid.recordingpolicy.application;
