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
 */
package nl.overheid.recordingpolicy.adapter.security.realm;
