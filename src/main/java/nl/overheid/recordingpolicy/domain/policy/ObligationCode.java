package nl.overheid.recordingpolicy.domain.policy;

/** What the citizen must (not) do with a recording; each use cites the rule it comes from. */
public enum ObligationCode {
    PRIVATE_USE_ONLY,
    NO_SHARING_OR_PUBLISHING_WITHOUT_CONSENT,
    NO_NAMING_EMPLOYEES_ONLINE,
    NO_INSULTS_OR_THREATS,
    NO_MISLEADING_EDITS
}
