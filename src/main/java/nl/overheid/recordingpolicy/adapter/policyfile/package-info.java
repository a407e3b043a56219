/**
 * The authorities' policy files: {@code policies/*.xml} shipped with the gateway (listed in {@code policies/index.txt})
 * and any in the directory {@code GATEWAY_POLICIES_DIR} names, each validated against {@code policies/policy.xsd} and
 * read into the domain's policy model ({@link nl.overheid.recordingpolicy.adapter.policyfile.PolicyFiles}); and the
 * gateway's own texts, {@code policies/gateway-texts.xml} against {@code gateway-texts.xsd}
 * ({@link nl.overheid.recordingpolicy.adapter.policyfile.GatewayTextsFile}). An invalid file stops the start with its
 * name and line.
 */
package nl.overheid.recordingpolicy.adapter.policyfile;
