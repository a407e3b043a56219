package nl.overheid.recordingpolicy.adapter.security.realm;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Who may call the gateway: each identity's role and the authority it is bound to, and its password. Loaded once,
 * when the server starts; a malformed file stops the start (a gateway that half-reads its identities would let
 * the wrong caller in or lock the right one out).
 */
public final class GatewayIdentities {

    /** The roles the application knows; an identity has exactly one. */
    public static final Set<String> ROLES = Set.of("case-system", "consent-officer", "auditor");
    /** What the fresh-start files hold: one identity for each role, all bound to UWV until an operator says otherwise. */
    static final Map<String, String> DEFAULT_IDENTITIES = defaults();

    private static final Logger LOG = Logger.getLogger(GatewayIdentities.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,127}");
    /** UWV, MUNICIPALITY, or a municipality's CBS code (GM + 4 digits). */
    private static final Pattern AUTHORITY = Pattern.compile("UWV|MUNICIPALITY|GM[0-9]{4}");

    /** An identity the realm knows: a role and an authority where the identities file names them. */
    public record Identity(String name, Optional<String> role, Optional<String> authority) {
    }

    private final Map<String, Identity> identities;
    private final Map<String, byte[]> passwords;

    private GatewayIdentities(Map<String, Identity> identities, Map<String, byte[]> passwords) {
        this.identities = identities;
        this.passwords = passwords;
    }

    /**
     * Reads both files, first writing what a fresh start lacks: the default identities when there is no identities
     * file, and a random password for every identity without one.
     */
    public static GatewayIdentities load(Path identitiesFile, Path credentialsFile) {
        try {
            if (Files.notExists(identitiesFile)) {
                writeDefaultIdentities(identitiesFile);
            }
            Map<String, Identity> identities = parseIdentities(identitiesFile);
            Map<String, String> credentials = Files.exists(credentialsFile)
                    ? read(credentialsFile) : Map.of();
            List<String> generated = new ArrayList<>();
            Map<String, String> added = new TreeMap<>();
            for (String name : identities.keySet()) {
                if (!credentials.containsKey(name)) {
                    added.put(name, OwnerOnlyFiles.newSecret());
                    generated.add(name);
                }
            }
            if (!added.isEmpty()) {
                append(credentialsFile, added);
                LOG.warning(() -> "Generated a random password for " + String.join(", ", generated) + " in "
                        + credentialsFile.toAbsolutePath() + " (readable by this user only). Give each caller its own.");
            }
            warnIfOthersCanRead(credentialsFile);
            Map<String, byte[]> passwords = new LinkedHashMap<>();
            Map<String, String> all = new LinkedHashMap<>(credentials);
            all.putAll(added);
            all.forEach((name, password) -> {
                if (!NAME.matcher(name).matches() || password.isEmpty()) {
                    throw new IllegalStateException(credentialsFile + ": the line for '" + name
                            + "' needs a name of letters, digits, '.', '_', '@' or '-' and a non-empty password");
                }
                passwords.put(name, password.getBytes(StandardCharsets.UTF_8));
            });
            Map<String, Identity> known = new LinkedHashMap<>(identities);
            passwords.keySet().forEach(name -> known.putIfAbsent(name, new Identity(name, Optional.empty(), Optional.empty())));
            return new GatewayIdentities(Collections.unmodifiableMap(known), Collections.unmodifiableMap(passwords));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the gateway's identities", e);
        }
    }

    public Optional<Identity> identity(String name) {
        return Optional.ofNullable(identities.get(name));
    }

    /** Compares in constant time, so the answer's timing tells nothing about how much of a guess was right. */
    public boolean passwordMatches(String name, char[] guess) {
        byte[] expected = passwords.get(name);
        if (expected == null || guess == null) {
            return false;
        }
        return MessageDigest.isEqual(expected, new String(guess).getBytes(StandardCharsets.UTF_8));
    }

    public boolean hasPassword(String name) {
        return passwords.containsKey(name);
    }

    private static Map<String, Identity> parseIdentities(Path file) throws IOException {
        Map<String, Identity> identities = new TreeMap<>();
        read(file).forEach((name, value) -> {
            String[] parts = value.split(",", -1);
            if (!NAME.matcher(name).matches() || parts.length != 2
                    || !ROLES.contains(parts[0].strip()) || !AUTHORITY.matcher(parts[1].strip()).matches()) {
                throw new IllegalStateException(file + ": '" + name + "=" + value + "' is not name=role,authority with"
                        + " a role of " + ROLES + " and an authority UWV, MUNICIPALITY or GM followed by 4 digits");
            }
            identities.put(name, new Identity(name, Optional.of(parts[0].strip()), Optional.of(parts[1].strip())));
        });
        return identities;
    }

    private static Map<String, String> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> entries.put(name, properties.getProperty(name).strip()));
        return entries;
    }

    private static void writeDefaultIdentities(Path file) throws IOException {
        StringBuilder text = new StringBuilder()
                .append("# The gateway's callers: name=role,authority (roles: case-system, consent-officer, auditor;\n")
                .append("# authority: UWV, MUNICIPALITY or a municipality's CBS code such as GM0363). Passwords are in\n")
                .append("# credentials.properties beside this file; a name without one gets a random one at start.\n");
        DEFAULT_IDENTITIES.forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        create(file);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        LOG.info(() -> "Wrote the default identities to " + file.toAbsolutePath());
    }

    private static void append(Path file, Map<String, String> passwords) throws IOException {
        create(file);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            for (Map.Entry<String, String> entry : passwords.entrySet()) {
                writer.write(entry.getKey() + "=" + entry.getValue() + "\n");
            }
        }
    }

    /** Creates the file (and its folder) readable and writable by the owner only, where the file system allows. */
    private static void create(Path file) throws IOException {
        try {
            OwnerOnlyFiles.create(file);
        } catch (FileAlreadyExistsException e) {
            // appended to as it is
        }
    }

    private static void warnIfOthersCanRead(Path file) throws IOException {
        if (Files.exists(file) && OwnerOnlyFiles.posix(file)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.warning(() -> file.toAbsolutePath() + " holds passwords and can be read by others than its owner"
                        + " (" + PosixFilePermissions.toString(permissions) + "); chmod 600 it");
            }
        }
    }



    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("case-system", "case-system,UWV");
        defaults.put("consent-officer", "consent-officer,UWV");
        defaults.put("auditor", "auditor,UWV");
        return Collections.unmodifiableMap(defaults);
    }
}
