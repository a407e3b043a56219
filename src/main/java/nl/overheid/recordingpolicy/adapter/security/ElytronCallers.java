package nl.overheid.recordingpolicy.adapter.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;

import nl.overheid.recordingpolicy.application.security.Caller;
import nl.overheid.recordingpolicy.application.security.Role;
import nl.overheid.recordingpolicy.domain.policy.Authority;

/**
 * The caller of the request being served, as Elytron authenticated it: its name, the gateway's roles it holds and
 * the authority its configuration binds it to (the identity realm's {@code authority} attribute). REST and SOAP
 * read the same identity, so the same credentials give the same rights on both.
 */
public final class ElytronCallers {

    /** The identity realm's attribute (GatewayIdentityRealm.AUTHORITY; that class lives in a server module). */
    static final String AUTHORITY_ATTRIBUTE = "authority";

    private ElytronCallers() {
    }

    public static Caller current() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        SecurityIdentity identity = domain == null ? null : domain.getCurrentSecurityIdentity();
        if (identity == null || identity.isAnonymous()) {
            return Caller.anonymous();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (identity.getRoles().contains(role.roleName())) {
                roles.add(role);
            }
        }
        return Caller.of(identity.getPrincipal().getName(), roles,
                authority(identity.getAttributes().getFirst(AUTHORITY_ATTRIBUTE)));
    }

    /** An authority the gateway has rules for; a configured one it does not know binds the caller to nothing. */
    private static Optional<Authority> authority(String configured) {
        for (Authority authority : Authority.values()) {
            if (authority.name().equals(configured)) {
                return Optional.of(authority);
            }
        }
        return Optional.empty();
    }
}
