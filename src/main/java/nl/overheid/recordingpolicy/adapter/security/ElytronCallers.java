package nl.overheid.recordingpolicy.adapter.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;

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
        return of(domain == null ? null : domain.getCurrentSecurityIdentity());
    }

    /**
     * The identity of that name as the gateway's security domain knows it (role and authority), for a caller who
     * proved who it is by other means than Elytron's HTTP mechanisms: a WS-Security signature, verified by the SOAP
     * stack against a trusted certificate. Empty when the realm knows no such identity.
     */
    public static Optional<Caller> named(String name) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("no security domain is associated with this request");
        }
        ServerAuthenticationContext context = domain.createNewAuthenticationContext();
        try {
            context.setAuthenticationName(name);
            if (!context.exists() || !context.authorize()) {
                return Optional.empty();
            }
            return Optional.of(of(context.getAuthorizedIdentity()));
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("the identity realm is unavailable", e);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a name the domain cannot even look up
        }
    }

    private static Caller of(SecurityIdentity identity) {
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

    /** UWV, a CBS code or the alias MUNICIPALITY; anything else binds the caller to nothing. */
    private static Optional<Authority> authority(String configured) {
        return Authority.parse(configured);
    }
}
