package nl.overheid.recordingpolicy.it;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

/**
 * The passwords a gateway generated for its identities, read from the credentials file it wrote at its first start:
 * the tests log in as an operator would, with what the server itself made, never with a password kept in the
 * repository.
 */
final class ItIdentities {

    private final Path credentials;

    private ItIdentities(Path credentials) {
        this.credentials = credentials;
    }

    /** The Arquillian server's (it.credentials, set by the build; identities in src/test/resources/it-identities.properties). */
    static ItIdentities arquillian() {
        return new ItIdentities(Path.of(System.getProperty("it.credentials", "target/it-security/credentials.properties")));
    }

    /** A gateway started in {@code workDir} with the default files under its data/. */
    static ItIdentities of(Path workDir) {
        return new ItIdentities(workDir.resolve("data").resolve("credentials.properties"));
    }

    String password(String identity) {
        Properties passwords = new Properties();
        try (Reader reader = Files.newBufferedReader(credentials, StandardCharsets.UTF_8)) {
            passwords.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("the gateway has not written " + credentials + " (yet)", e);
        }
        String password = passwords.getProperty(identity);
        if (password == null) {
            throw new IllegalStateException(credentials + " has no password for " + identity);
        }
        return password;
    }

    /** The value of an Authorization header for HTTP Basic. */
    String basic(String identity) {
        return basic(identity, password(identity));
    }

    static String basic(String identity, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((identity + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
