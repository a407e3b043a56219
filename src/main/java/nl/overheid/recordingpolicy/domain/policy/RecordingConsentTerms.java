package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a recording needs consent: who grants it, the rule that says so, how many working days ahead it must be asked and through which
 * channels (as the lead-time rule names them), and the texts of each answer. {@code deadline} has the parameters
 * {@code {deadline}}, {@code {conversationDate}} and {@code {workingDays}}.
 *
 * @param granted    said when the named request was granted (outcome PERMITTED)
 * @param refused    said when it was refused, or withdrawn or expired after the deadline (NOT_PERMITTED)
 * @param toRequest  said when no request is named and there is still time (CONSENT_REQUIRED)
 * @param passed     said when no request is named and the deadline has passed: a request now is late and its
 *                   handling in time not guaranteed (CONSENT_REQUIRED)
 * @param contact    where the rules say the authority contacts the requester after a request (UWV: "Wij nemen dan
 *                   contact met u op ..."): that rule and the next-step text of an open request
 */
public record RecordingConsentTerms(ConsentGrantor grantor, Rule consentRule, int workingDays, Rule leadTimeRule, List<String> channels,
                                    BilingualText deadline, BilingualText granted, BilingualText refused,
                                    BilingualText toRequest, BilingualText passed, Optional<Contact> contact) {

    /** The rule that promises contact after a request, and what the requester is told to expect. */
    public record Contact(Rule rule, BilingualText nextStep) {
        public Contact {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(nextStep, "nextStep");
        }
    }

    /** Terms whose rules promise no contact. */
    public RecordingConsentTerms(ConsentGrantor grantor, Rule consentRule, int workingDays, Rule leadTimeRule,
                                 List<String> channels, BilingualText deadline, BilingualText granted,
                                 BilingualText refused, BilingualText toRequest, BilingualText passed) {
        this(grantor, consentRule, workingDays, leadTimeRule, channels, deadline, granted, refused, toRequest, passed,
                Optional.empty());
    }

    public RecordingConsentTerms {
        Objects.requireNonNull(grantor, "grantor");
        Objects.requireNonNull(consentRule, "consentRule");
        Objects.requireNonNull(leadTimeRule, "leadTimeRule");
        channels = List.copyOf(channels);
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(granted, "granted");
        Objects.requireNonNull(refused, "refused");
        Objects.requireNonNull(toRequest, "toRequest");
        Objects.requireNonNull(passed, "passed");
        Objects.requireNonNull(contact, "contact");
        if (workingDays < 0) {
            throw new IllegalArgumentException("a lead time is zero or more working days: " + workingDays);
        }
    }
}
