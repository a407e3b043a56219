package nl.overheid.recordingpolicy.adapter.security.realm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** The module's secrets on disk (passwords, keystores): files only their owner can read, and random secrets for them. */
final class OwnerOnlyFiles {

    private static final FileAttribute<?>[] OWNER_ONLY = {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerOnlyFiles() {
    }

    /** rw------- where the file system knows permissions; nothing elsewhere. */
    static FileAttribute<?>[] ownerOnly(Path file) {
        return posix(file) ? OWNER_ONLY.clone() : new FileAttribute<?>[0];
    }

    /**
     * Creates the file, and its folder, readable and writable by the owner only.
     *
     * @throws java.nio.file.FileAlreadyExistsException when it exists
     */
    static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Files.createFile(file, ownerOnly(file));
    }

    static boolean posix(Path file) {
        return file.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** 24 random bytes as base64url: 192 bits, nothing to guess. */
    static String newSecret() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
