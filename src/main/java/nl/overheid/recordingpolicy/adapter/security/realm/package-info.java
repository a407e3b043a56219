/**
 * The gateway's identities as a WildFly Elytron security realm. Not part of the WAR: the build packages these
 * classes as the server module {@code nl.overheid.recordingpolicy.identities}, which {@code gateway-security.cli}
 * installs as Elytron's {@code custom-realm} behind the security domain that every HTTP mechanism uses. Elytron
 * authenticates; the application decides what an authenticated caller may do.
 *
 * <p>Two files, both under {@code ./data} unless configured: {@code identities.properties}
 * ({@code name=role,authority}) and {@code credentials.properties} ({@code name=password}). On a fresh start the
 * realm writes the three default identities and a random password for every identity that has none, owner-only,
 * and logs where the file is, never a password.
 *
 * <p>The same module carries the gateway's TLS keys: {@link GatewayTlsProvider}, loaded by Elytron's
 * {@code provider-loader} in {@code gateway-tls.cli}, offers the key manager algorithm {@code GatewayTls}, which
 * serves the configured PKCS#12 keystore or a self-signed one generated on the first start ({@link GatewayTlsKeys}),
 * so that the server configuration holds no keystore password.
 *
 * <p>And the callers' TLS client certificates (mutual TLS): {@link GatewayClientCertificates} reads the trusted ones
 * from the PEM file an operator names and maps a certificate to the identity its subject's CN names; the provider's
 * trust manager algorithm {@code GatewayClientTrust} trusts them in the handshake, the evidence decoder
 * {@link GatewayClientCertificateDecoder} names the identity, and the realm verifies the certificate for it.
 *
 * <p>The SOAP endpoint signs its answers with the same key ({@link GatewayTlsKeys#shared()}) and verifies callers'
 * signatures against the same trusted certificates.
 */
package nl.overheid.recordingpolicy.adapter.security.realm;
