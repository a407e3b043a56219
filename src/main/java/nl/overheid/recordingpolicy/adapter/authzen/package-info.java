/**
 * The OpenID AuthZEN Authorization API 1.0 (NL GOV profile) over the same application core as REST and SOAP: a
 * policy decision point at {@code /access/v1/evaluation} and {@code /access/v1/evaluations}, described at
 * {@code /.well-known/authzen-configuration}. A recording question is resource type {@code conversation}, a usage
 * question resource type {@code recording} (docs/authzen.md has the mapping); both go through
 * {@code RecordingPolicyService} and its decision log. Any other resource type is answered by an attribute rule
 * table when one is configured ({@link nl.overheid.recordingpolicy.adapter.authzen.AttributeRules}).
 *
 * <p>The subject's id and properties may be a citizen service number: they are read to answer, never stored,
 * logged or echoed.
 */
package nl.overheid.recordingpolicy.adapter.authzen;
