package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;

/**
 * UWV's rules for recording a conversation ("De regels van UWV voor het maken van een opname"), one constant
 * per rule, each with the verbatim sentence it comes from. A test checks every text against the seed file.
 */
public final class UwvRules {

    public static final String DOCUMENT = "000_1ac108b0255c1213.txt";

    private static final String VIDEO = "Beeldopname (video): vooraf aanvragen";
    private static final String AUDIO = "Geluidsopname: mag voor eigen gebruik";
    private static final String PRIVATE = "Opnames alleen voor privé doeleinden";

    public static final Rule AUDIO_ALLOWED = rule("UWV-AUDIO-ALLOWED", AUDIO,
            "U mag een geluidsopname maken van een gesprek met UWV waar u zelf aan deelneemt. "
                    + "U hoeft dit niet vooraf aan te vragen.",
            "U mag een geluidsopname maken van een gesprek met UWV waaraan u zelf deelneemt, zonder dit vooraf aan te vragen.",
            "You may make an audio recording of a conversation with UWV that you take part in, without asking in advance.")
            .interpretedAs(new BilingualText(
                    "De toestemming geldt alleen voor wie zelf aan het gesprek deelneemt; wie niet deelneemt, krijgt NOT_PERMITTED.",
                    "The permission covers only someone who takes part in the conversation; anyone else gets NOT_PERMITTED."));

    public static final Rule AUDIO_ANNOUNCE = rule("UWV-AUDIO-ANNOUNCE", AUDIO,
            "Wij stellen het op prijs als u dit vooraf aangeeft.",
            "UWV stelt het op prijs als u vooraf zegt dat u het gesprek opneemt.",
            "UWV appreciates it if you say beforehand that you are recording the conversation.")
            .interpretedAs(new BilingualText(
                    "Een verzoek, geen voorwaarde: de opname mag ook zonder aankondiging (advies ANNOUNCE_RECORDING).",
                    "A request, not a condition: recording is allowed without announcing it too (advice ANNOUNCE_RECORDING)."));

    public static final Rule VIDEO_CONSENT = rule("UWV-VIDEO-CONSENT", VIDEO,
            "Als u een beeldopname wilt maken van een gesprek met UWV, moet de medewerker daarvoor toestemming geven.",
            "Voor een beeldopname van een gesprek met UWV moet de medewerker toestemming geven.",
            "To make a video recording of a conversation with UWV, the employee must give consent.")
            .interpretedAs(new BilingualText(
                    "Een foto is ook een beeldopname en valt daarom onder deze regel (PHOTO wordt behandeld als VIDEO).",
                    "A photo is an image recording too and therefore falls under this rule (PHOTO is treated like VIDEO)."));

    public static final Rule NO_SECRET_RECORDING = rule("UWV-NO-SECRET-RECORDING", VIDEO,
            "U mag geen geheime beeldopnames maken.",
            "Geheime beeldopnames zijn niet toegestaan.",
            "Secret video recordings are not allowed.");

    public static final Rule VIDEO_LEAD_TIME = rule("UWV-VIDEO-LEAD-TIME", VIDEO,
            "U kunt de toestemming uiterlijk 5 werkdagen voor het gesprek bij ons aanvragen via een bericht in Mijn UWV, "
                    + "een chat of telefonisch.",
            "Vraag de toestemming uiterlijk 5 werkdagen voor het gesprek aan, via een bericht in Mijn UWV, een chat of telefonisch.",
            "Ask for consent at the latest 5 working days before the conversation, by a message in Mijn UWV, a chat or by phone.")
            .interpretedAs(new BilingualText(
                    "De uiterste datum is de 5e werkdag vóór de gespreksdatum (werkdagen volgens de Algemene termijnenwet); "
                            + "een aanvraag op die dag is op tijd. Is die datum verstreken zonder verleende toestemming, dan is "
                            + "de beeldopname niet toegestaan (NOT_PERMITTED).",
                    "The deadline is the 5th working day before the conversation date (working days as in the Algemene "
                            + "termijnenwet); a request made on that day is on time. Once it has passed without consent "
                            + "granted, the video recording is not permitted (NOT_PERMITTED)."));

    public static final Rule VIDEO_PRIVATE_USE = rule("UWV-VIDEO-PRIVATE-USE", VIDEO,
            "Als u toestemming krijgt, mag u de beeldopname alleen voor privé doeleinden gebruiken.",
            "Met toestemming gemaakte beeldopnames zijn alleen voor privégebruik.",
            "A video recording made with consent is for private use only.");

    public static final Rule AUDIO_PRIVATE_USE = rule("UWV-AUDIO-PRIVATE-USE", AUDIO,
            "U mag de geluidsopname alleen voor privé doeleinden gebruiken.",
            "De geluidsopname is alleen voor privégebruik.",
            "The audio recording is for private use only.");

    public static final Rule PRIVATE_USE_ONLY = rule("UWV-PRIVATE-USE-ONLY", PRIVATE,
            "Voor beeld en geluidsopnames geldt dat u deze alleen voor privé doeleinden mag gebruiken.",
            "Beeld- en geluidsopnames van gesprekken met UWV zijn alleen voor privégebruik.",
            "Video and audio recordings of conversations with UWV are for private use only.");

    public static final Rule SHARE_SMALL_CIRCLE = rule("UWV-SHARE-SMALL-CIRCLE", PRIVATE,
            "U mag deze opname delen in een kleine kring.",
            "U mag de opname delen in een kleine kring.",
            "You may share the recording within a small circle.")
            .interpretedAs(new BilingualText(
                    "Een adviseur die u raadpleegt (advocaat, jurist) hoort bij die kleine kring: dat is geen openbaar maken "
                            + "(SHARE_WITH_ADVISER is PERMITTED). Delen met anderen buiten die kring is geen privégebruik meer.",
                    "An adviser you consult (lawyer, legal adviser) belongs to that small circle: it is not making the "
                            + "recording public (SHARE_WITH_ADVISER is PERMITTED). Sharing beyond that circle is no longer private use."));

    public static final Rule PUBLISH_CONSENT = rule("UWV-PUBLISH-CONSENT", PRIVATE,
            "U mag een opname niet openbaar maken tenzij UWV daar toestemming voor heeft gegeven.",
            "U mag een opname alleen openbaar maken als UWV daar toestemming voor heeft gegeven.",
            "You may make a recording public only if UWV has given consent.")
            .interpretedAs(new BilingualText(
                    "Delen met derden buiten een kleine kring, fragmenten bewerken en publiceren, en de medewerker online "
                            + "noemen bij de opname zijn alle vormen van openbaar maken: daarvoor is toestemming van UWV nodig "
                            + "(CONSENT_REQUIRED, verlener UWV). De regels van UWV verbieden ze niet verder.",
                    "Sharing with third parties beyond a small circle, editing and publishing fragments, and naming the "
                            + "employee online with the recording are all ways of making it public: they need UWV's consent "
                            + "(CONSENT_REQUIRED, grantor UWV). UWV's rules do not forbid them beyond that."));

    public static final Rule REMOVAL_REQUEST = rule("UWV-REMOVAL-REQUEST", PRIVATE,
            "Als u een opname openbaar maakt zonder toestemming van UWV (bijvoorbeeld op een openbare internetsite, "
                    + "op sociale media of via WhatsApp), zal UWV u verzoeken om de opname te verwijderen.",
            "Maakt u een opname zonder toestemming openbaar (internet, sociale media, WhatsApp), dan vraagt UWV u die te verwijderen.",
            "If you make a recording public without consent (internet, social media, WhatsApp), UWV will ask you to remove it.")
            .interpretedAs(new BilingualText(
                    "Delen via WhatsApp geldt als openbaar maken (PUBLISH).",
                    "Sharing via WhatsApp counts as making public (PUBLISH)."));

    public static final Rule LEGAL_ACTION = rule("UWV-LEGAL-ACTION", PRIVATE,
            "Als u niet aan dit verzoek voldoet zal UWV een – eventueel - juridische vervolgactie inzetten.",
            "Verwijdert u de opname niet, dan kan UWV juridische stappen zetten.",
            "If you do not remove the recording, UWV may take legal action.");

    private UwvRules() {
    }

    public static List<Rule> all() {
        return List.of(AUDIO_ALLOWED, AUDIO_ANNOUNCE, VIDEO_CONSENT, NO_SECRET_RECORDING, VIDEO_LEAD_TIME,
                VIDEO_PRIVATE_USE, AUDIO_PRIVATE_USE, PRIVATE_USE_ONLY, SHARE_SMALL_CIRCLE, PUBLISH_CONSENT,
                REMOVAL_REQUEST, LEGAL_ACTION);
    }

    private static Rule rule(String id, String section, String text, String nl, String en) {
        return Rule.of(id, Authority.UWV, new RuleSource(DOCUMENT, section, text), new BilingualText(nl, en));
    }
}
