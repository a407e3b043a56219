package nl.overheid.recordingpolicy.application.security;

import nl.overheid.recordingpolicy.domain.acknowledgement.Acknowledgement;
import nl.overheid.recordingpolicy.domain.policy.Authority;

/** Which acknowledgements a caller may see, in the form a store can query. */
public sealed interface AcknowledgementVisibility {

    boolean includes(Acknowledgement acknowledgement);

    /** An auditor: every acknowledgement. */
    record All() implements AcknowledgementVisibility {
        @Override
        public boolean includes(Acknowledgement acknowledgement) {
            return true;
        }
    }

    /** A consent officer: those of its authority. */
    record OfAuthority(Authority authority) implements AcknowledgementVisibility {
        @Override
        public boolean includes(Acknowledgement acknowledgement) {
            return acknowledgement.authority().equals(authority);
        }
    }

    /** A case system: those it registered. */
    record RegisteredBy(String identity) implements AcknowledgementVisibility {
        @Override
        public boolean includes(Acknowledgement acknowledgement) {
            return acknowledgement.registeredBy().equals(identity);
        }
    }

    /** No role that sees acknowledgements, or an officer bound to no authority the gateway knows. */
    record None() implements AcknowledgementVisibility {
        @Override
        public boolean includes(Acknowledgement acknowledgement) {
            return false;
        }
    }
}
