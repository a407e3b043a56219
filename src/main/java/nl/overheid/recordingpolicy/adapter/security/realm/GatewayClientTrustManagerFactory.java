package nl.overheid.recordingpolicy.adapter.security.realm;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactorySpi;

/**
 * Trust manager algorithm {@value GatewayTlsProvider#CLIENT_TRUST_ALGORITHM}: ignores the key store Elytron hands it
 * (see gateway-tls.cli) and trusts the client certificates of {@link GatewayClientCertificates#trusted()}, or none.
 */
public final class GatewayClientTrustManagerFactory extends TrustManagerFactorySpi {

    private static final Logger LOG = Logger.getLogger(GatewayClientTrustManagerFactory.class.getName());

    private TrustManager[] trustManagers;

    public GatewayClientTrustManagerFactory() {
    }

    @Override
    protected void engineInit(KeyStore ignored) {
        init(GatewayClientCertificates.trusted());
    }

    @Override
    protected void engineInit(ManagerFactoryParameters ignored) {
        init(GatewayClientCertificates.trusted());
    }

    private void init(List<X509Certificate> trusted) {
        trustManagers = new TrustManager[] {GatewayClientCertificates.trustManager(trusted)};
        if (trusted.isEmpty()) {
            LOG.info(() -> "TLS: no client certificate is accepted (" + GatewayClientCertificates.PROPERTY + " / "
                    + GatewayClientCertificates.ENVIRONMENT_VARIABLE + " not set)");
        } else {
            LOG.info(() -> "TLS: client certificates are trusted when they chain to one of "
                    + GatewayClientCertificates.configuredFile().orElseThrow().toAbsolutePath() + ": "
                    + trusted.stream().map(GatewayTlsKeys::describe).collect(Collectors.joining("; ")));
        }
    }

    @Override
    protected TrustManager[] engineGetTrustManagers() {
        if (trustManagers == null) {
            throw new IllegalStateException("not initialised");
        }
        return trustManagers.clone();
    }
}
