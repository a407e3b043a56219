package nl.overheid.recordingpolicy.application.security;

import java.util.Arrays;
import java.util.Optional;

/** The gateway's roles, as the identity realm names them. */
public enum Role {
    /** A case system: submits consent requests, reads and withdraws the ones it submitted, asks for decisions. */
    CASE_SYSTEM("case-system"),
    /** Reads and decides the consent requests of its own authority. */
    CONSENT_OFFICER("consent-officer"),
    /** Reads everything, including the decision log; changes nothing. */
    AUDITOR("auditor");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Optional<Role> named(String roleName) {
        return Arrays.stream(values()).filter(role -> role.roleName.equals(roleName)).findFirst();
    }
}
