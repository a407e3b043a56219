/**
 * The do-nothing baseline the benchmark compares the gateway with. Every element of the echoes' answers is in the
 * echo's namespace, as every element of the gateway's answers is in the gateway's: one namespace, no prefixes.
 */
@XmlSchema(namespace = EchoEndpoint.NS, elementFormDefault = XmlNsForm.QUALIFIED)
package nl.overheid.recordingpolicy.bench.baseline;

import jakarta.xml.bind.annotation.XmlNsForm;
import jakarta.xml.bind.annotation.XmlSchema;
