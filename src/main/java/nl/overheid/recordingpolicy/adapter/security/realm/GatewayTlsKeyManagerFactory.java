package nl.overheid.recordingpolicy.adapter.security.realm;

import java.security.InvalidAlgorithmParameterException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.UnrecoverableKeyException;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.KeyManagerFactorySpi;
import javax.net.ssl.ManagerFactoryParameters;

/**
 * Key manager algorithm {@value GatewayTlsProvider#ALGORITHM}: ignores the key store and password Elytron hands it
 * (see gateway-tls.cli) and serves the keys of {@link GatewayTlsKeys#shared()} through the JDK's PKIX key
 * manager.
 */
public final class GatewayTlsKeyManagerFactory extends KeyManagerFactorySpi {

    private KeyManager[] keyManagers;

    public GatewayTlsKeyManagerFactory() {
    }

    @Override
    protected void engineInit(KeyStore ignored, char[] ignoredPassword) throws KeyStoreException, NoSuchAlgorithmException,
            UnrecoverableKeyException {
        init(GatewayTlsKeys.shared());
    }

    @Override
    protected void engineInit(ManagerFactoryParameters parameters) throws InvalidAlgorithmParameterException {
        try {
            init(GatewayTlsKeys.shared());
        } catch (KeyStoreException | NoSuchAlgorithmException | UnrecoverableKeyException e) {
            throw new InvalidAlgorithmParameterException(e);
        }
    }

    void init(GatewayTlsKeys.Loaded keys) throws KeyStoreException, NoSuchAlgorithmException, UnrecoverableKeyException {
        KeyManagerFactory pkix = KeyManagerFactory.getInstance("PKIX");
        pkix.init(keys.keyStore(), keys.password());
        keyManagers = pkix.getKeyManagers();
    }

    @Override
    protected KeyManager[] engineGetKeyManagers() {
        if (keyManagers == null) {
            throw new IllegalStateException("not initialised");
        }
        return keyManagers.clone();
    }
}
