/**
 * SOAP adapter for legacy case systems: {@link nl.overheid.recordingpolicy.adapter.soap.RecordingPolicyEndpoint}
 * implements the SEI that cxf-codegen-plugin generates from {@code wsdl/RecordingPolicyService.wsdl}
 * (package {@code nl.overheid.recordingpolicy.contract.soap.v1}, never hand-edited). Translation only; bad input
 * becomes a soap:Client fault with a typed RequestFault detail, internal trouble a soap:Server fault.
 */
package nl.overheid.recordingpolicy.adapter.soap;
