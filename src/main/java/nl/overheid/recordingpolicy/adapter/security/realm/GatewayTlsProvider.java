package nl.overheid.recordingpolicy.adapter.security.realm;

import java.security.Provider;

/**
 * The JCA provider that Elytron's {@code provider-loader} "gateway-tls" loads from this module: the key manager
 * algorithm {@value #ALGORITHM}, whose keys come from {@link GatewayTlsKeys}, and the trust manager algorithm
 * {@value #CLIENT_TRUST_ALGORITHM}, which trusts the client certificates of {@link GatewayClientCertificates}. So the
 * server configuration names no keystore or truststore password at all.
 */
public final class GatewayTlsProvider extends Provider {

    public static final String NAME = "RecordingPolicyGatewayTls";
    public static final String ALGORITHM = "GatewayTls";
    public static final String CLIENT_TRUST_ALGORITHM = "GatewayClientTrust";
    private static final long serialVersionUID = 1L;

    public GatewayTlsProvider() {
        super(NAME, "1.0", "The recording-policy gateway's TLS key manager and client certificate trust manager");
        putService(new Service(this, "KeyManagerFactory", ALGORITHM, GatewayTlsKeyManagerFactory.class.getName(), null, null));
        putService(new Service(this, "TrustManagerFactory", CLIENT_TRUST_ALGORITHM,
                GatewayClientTrustManagerFactory.class.getName(), null, null));
    }
}
