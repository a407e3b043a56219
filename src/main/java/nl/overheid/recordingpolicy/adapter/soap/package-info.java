/**
 * SOAP adapter for legacy case systems: {@link nl.overheid.recordingpolicy.adapter.soap.RecordingPolicyEndpoint}
 * implements the SEI that cxf-codegen-plugin generates from {@code wsdl/RecordingPolicyService.wsdl}
 * (package {@code nl.overheid.recordingpolicy.contract.soap.v1}, never hand-edited). Translation only; bad input
 * becomes a soap:Client fault with a typed RequestFault detail, internal trouble a soap:Server fault.
 *
 * <p>WS-Security signatures (Koppelvlakstandaard WUS 2W-be-S, the WSDL's WS-SecurityPolicy): {@code WusSignatures}
 * configures CXF's policy-driven WSS4J with the gateway's key and the trusted caller certificates,
 * {@code SignedAnswerSelector} signs exactly the answers to signed requests, {@code RequestSignatures} makes the signer
 * the caller (or refuses it), {@code SignatureRequirement} is the operator's choice between optional and required.
 */
package nl.overheid.recordingpolicy.adapter.soap;
