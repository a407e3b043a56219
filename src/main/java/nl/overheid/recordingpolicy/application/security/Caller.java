package nl.overheid.recordingpolicy.application.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.overheid.recordingpolicy.domain.policy.Authority;

/**
 * Who is calling, as authentication established it.
 *
 * @param identity  the authenticated name; absent for an anonymous caller
 * @param roles     the gateway's roles the identity holds
 * @param authority the authority the identity is bound to, if its configuration names one the gateway knows
 */
public record Caller(Optional<String> identity, Set<Role> roles, Optional<Authority> authority) {

    private static final Caller ANONYMOUS = new Caller(Optional.empty(), Set.of(), Optional.empty());

    public Caller {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(authority, "authority");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (identity.isEmpty() && (!roles.isEmpty() || authority.isPresent())) {
            throw new IllegalArgumentException("an anonymous caller has no roles and no authority");
        }
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public static Caller of(String identity, Set<Role> roles, Optional<Authority> authority) {
        return new Caller(Optional.of(identity), roles, authority);
    }

    public boolean authenticated() {
        return identity.isPresent();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For the decision log: the identity, or "anonymous". */
    public String name() {
        return identity.orElse("anonymous");
    }
}
