package nl.overheid.recordingpolicy.domain.consent;

import java.util.List;

import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.MunicipalityRules;
import nl.overheid.recordingpolicy.domain.policy.Rule;
import nl.overheid.recordingpolicy.domain.policy.UwvRules;

/** The rules that make a consent request necessary: what a decision on it cites. */
public final class ConsentRules {

    private ConsentRules() {
    }

    public static List<Rule> governing(ConsentRequest request) {
        if (request.kind() == ConsentKind.RECORDING) {
            return List.of(UwvRules.VIDEO_CONSENT, UwvRules.VIDEO_LEAD_TIME);
        }
        return request.authority() == Authority.UWV
                ? List.of(UwvRules.PUBLISH_CONSENT)
                : List.of(MunicipalityRules.NO_THIRD_PARTY_SHARING);
    }
}
