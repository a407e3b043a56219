package nl.overheid.recordingpolicy.adapter.security.realm;

import java.security.Provider;

/**
 * The JCA provider that Elytron's {@code provider-loader} "gateway-tls" loads from this module: one key manager
 * algorithm, {@value #ALGORITHM}, whose keys come from {@link GatewayTlsKeys}. So the server configuration names no
 * keystore password at all.
 */
public final class GatewayTlsProvider extends Provider {

    public static final String NAME = "RecordingPolicyGatewayTls";
    public static final String ALGORITHM = "GatewayTls";
    private static final long serialVersionUID = 1L;

    public GatewayTlsProvider() {
        super(NAME, "1.0", "The recording-policy gateway's TLS key manager");
        putService(new Service(this, "KeyManagerFactory", ALGORITHM, GatewayTlsKeyManagerFactory.class.getName(), null, null));
    }
}
