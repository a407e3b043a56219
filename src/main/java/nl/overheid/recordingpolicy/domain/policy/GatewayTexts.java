package nl.overheid.recordingpolicy.domain.policy;

/**
 * The few sentences that belong to no authority's rules: what the gateway says about dates and about the lead-time
 * question itself. Every text of a rule set is in that authority's policy file.
 */
final class GatewayTexts {

    static final BilingualText NO_LEAD_TIME = new BilingualText(
            "Voor deze opname hoeft u niets vooraf aan te vragen: er geldt geen termijn.",
            "Nothing needs to be requested in advance for this recording: no lead time applies.");

    static final BilingualText REQUEST_ON_TIME = new BilingualText(
            "Een aanvraag op {requestDate} is op tijd.",
            "A request on {requestDate} is on time.");

    /** Late, not void: the lead time says until when handling in time is assured (see UWV-VIDEO-LEAD-TIME). */
    static final BilingualText REQUEST_TOO_LATE = new BilingualText(
            "Een aanvraag op {requestDate} is te laat: behandeling vóór het gesprek is niet gegarandeerd.",
            "A request on {requestDate} is too late: handling it before the conversation is not guaranteed.");

    static final BilingualText NOT_A_WORKING_DAY = new BilingualText(
            "De gespreksdatum {conversationDate} is geen werkdag ({reason}); de termijn is vanaf die datum teruggerekend.",
            "The conversation date {conversationDate} is not a working day ({reason}); the lead time is counted back "
                    + "from that date.");

    static final BilingualText PROVISIONAL_DEADLINE = new BilingualText(
            "Let op: de uiterste datum {deadline} is voorlopig. Voor {years} kent de gateway geen besluit dat dagen "
                    + "gelijkstelt met een algemeen erkende feestdag (artikel 3, derde lid, Algemene termijnenwet); "
                    + "alleen weekenden en de feestdagen uit de wet zijn geteld. Stelt een besluit voor dat jaar een dag "
                    + "gelijk, dan kan de uiterste datum eerder liggen.",
            "Note: the deadline {deadline} is provisional. For {years} the gateway knows no decree equating days with "
                    + "a generally recognised feast (article 3(3) of the Algemene termijnenwet); only weekends and the "
                    + "feasts named in the law were counted. If a decree for that year equates a day, the deadline can "
                    + "fall earlier.");

    static final BilingualText PAST_CONVERSATION = new BilingualText(
            "Let op: de gespreksdatum {conversationDate} ligt in het verleden; dit antwoord zegt wat de regels voor dat "
                    + "gesprek bepalen.",
            "Note: the conversation date {conversationDate} lies in the past; this answer states what the rules say "
                    + "for that conversation.");

    private GatewayTexts() {
    }
}
