package nl.overheid.recordingpolicy.adapter.soap;

import java.util.Locale;
import java.util.Optional;

import nl.overheid.recordingpolicy.application.configuration.GatewayConfiguration;

/**
 * Whether SOAP requests must be signed with WS-Security (Koppelvlakstandaard WUS, profile 2W-be-S):
 * {@code gateway.soap.signature} / {@code GATEWAY_SOAP_SIGNATURE}, {@code optional} (the default) or {@code required}.
 * Either way a signed request is verified and must be valid, and the answer to it is signed.
 */
public enum SignatureRequirement {

    /** 2W-be callers keep working: an unsigned request is answered unsigned, as before. */
    OPTIONAL,
    /** 2W-be-S only: an unsigned request is a soap:Client fault. */
    REQUIRED;

    public static final String PROPERTY = "gateway.soap.signature";
    public static final String ENV = "GATEWAY_SOAP_SIGNATURE";

    static SignatureRequirement fromSettings() {
        return parse(GatewayConfiguration.setting(PROPERTY, ENV));
    }

    /** A value other than optional or required stops the deployment rather than guessing what the operator meant. */
    static SignatureRequirement parse(Optional<String> configured) {
        if (configured.isEmpty()) {
            return OPTIONAL;
        }
        String value = configured.get().strip().toUpperCase(Locale.ROOT);
        for (SignatureRequirement requirement : values()) {
            if (requirement.name().equals(value)) {
                return requirement;
            }
        }
        throw new IllegalArgumentException(PROPERTY + " (" + ENV + ") must be optional or required: " + configured.get());
    }
}
