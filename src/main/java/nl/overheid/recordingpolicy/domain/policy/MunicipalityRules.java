package nl.overheid.recordingpolicy.domain.policy;

import java.util.List;

/**
 * The municipality's rules for recording conversations ("Spelregels opname gesprekken"), one constant per rule,
 * each with the verbatim sentence it comes from. A test checks every text against the seed file.
 */
public final class MunicipalityRules {

    public static final String DOCUMENT = "004_69b484e9b6abfc94.txt";

    private static final String INTRO = "Spelregels opname gesprekken";

    public static final Rule RECORDING_ALLOWED = rule("GEM-RECORDING-ALLOWED", INTRO,
            "Wilt u een gesprek met de gemeente opnemen? Bijvoorbeeld om dat thuis nog een keer af te luisteren of om er "
                    + "een deskundige (advocaat, jurist etc.) naar te laten luisteren? Dat mag.",
            "U mag uw gesprek met de gemeente opnemen, bijvoorbeeld om het thuis terug te luisteren of een deskundige "
                    + "(advocaat, jurist) te laten luisteren.",
            "You may record your conversation with the municipality, for instance to listen to it again at home or to "
                    + "let an expert (lawyer, legal adviser) listen to it.")
            .interpretedAs(new BilingualText(
                    "De toestemming geldt voor uw eigen gesprek: wie niet aan het gesprek deelneemt, krijgt NOT_PERMITTED. "
                            + "Thuis terugluisteren (PRIVATE_LISTENING) en een deskundige laten luisteren (SHARE_WITH_ADVISER) "
                            + "zijn met name genoemd en dus toegestaan.",
                    "The permission covers your own conversation: someone who does not take part gets NOT_PERMITTED. "
                            + "Listening again at home (PRIVATE_LISTENING) and letting an expert listen (SHARE_WITH_ADVISER) "
                            + "are named explicitly and therefore permitted."));

    public static final Rule MEDIA = rule("GEM-MEDIA", "Artikel 1",
            "Onder opnamen wordt begrepen: geluids-, video- en foto-opnamen.",
            "De regels gelden voor geluids-, video- en foto-opnamen.",
            "The rules apply to audio, video and photo recordings.");

    public static final Rule ANNOUNCE = rule("GEM-ANNOUNCE", "Artikel 2",
            "Stiekem opnemen willen wij graag voorkomen. Daarom vinden wij het netjes als u vooraf even aan de "
                    + "dienstdoende medewerker, waarmee u een gesprek gaat voeren, vertelt dat u een opname maakt of wilt "
                    + "gaan maken en daarbij aangeeft wat u wilt gaan doen met de opname.",
            "Vertel de medewerker vooraf dat u opneemt en wat u met de opname wilt doen.",
            "Tell the employee beforehand that you are recording and what you intend to do with the recording.")
            .interpretedAs(new BilingualText(
                    "\"Netjes\" is een verzoek, geen voorwaarde: opnemen blijft toegestaan, met het advies "
                            + "ANNOUNCE_RECORDING_AND_PURPOSE.",
                    "\"Netjes\" (proper) is a request, not a condition: recording stays permitted, with the advice "
                            + "ANNOUNCE_RECORDING_AND_PURPOSE."));

    public static final Rule NO_THIRD_PARTY_SHARING = rule("GEM-NO-THIRD-PARTY-SHARING", "Artikel 3",
            "Het is niet toegestaan een opname van een met een gemeentelijk medewerker gevoerd gesprek zonder "
                    + "toestemming van de medewerker aan willekeurige derden, die niet hebben deelgenomen aan dat gesprek, "
                    + "te verstrekken of openbaar te maken, bijvoorbeeld via sociale media zoals Facebook, Instagram, "
                    + "Twitter e.d..",
            "Zonder toestemming van de medewerker mag u de opname niet aan derden geven of openbaar maken, ook niet via "
                    + "sociale media.",
            "Without the employee's consent you may not give the recording to third parties or make it public, "
                    + "social media included.");

    public static final Rule PRIVATE_CIRCLE = rule("GEM-PRIVATE-CIRCLE", "Artikel 3",
            "Uiteraard mag u de inhoud van het gesprek wel in privékring laten beluisteren.",
            "U mag de opname wel in privékring laten beluisteren.",
            "You may let your private circle listen to the recording.");

    public static final Rule NO_NAMING_EMPLOYEES = rule("GEM-NO-NAMING-EMPLOYEES", "Artikel 4",
            "Wij willen niet dat u gemeentelijke medewerkers met naam en toenaam noemt op het internet.",
            "Noem gemeentelijke medewerkers niet met naam en toenaam op internet.",
            "Do not name municipal employees on the internet.")
            .interpretedAs(new BilingualText(
                    "Geformuleerd als wens, maar artikel 7 verbindt gevolgen aan elk handelen in strijd met de spelregels; "
                            + "de gateway behandelt het daarom als verbod (NOT_PERMITTED).",
                    "Phrased as a wish, but article 7 attaches consequences to any act against the rules; the gateway "
                            + "therefore treats it as a prohibition (NOT_PERMITTED)."));

    public static final Rule NO_INSULTS_OR_THREATS = rule("GEM-NO-INSULTS-THREATS", "Artikel 4",
            "Het is niet toegestaan om beledigingen en/of bedreigingen ten aanzien van individuele medewerkers al dan "
                    + "niet vergezeld van een opname op internet te verspreiden.",
            "Beledigingen of bedreigingen van medewerkers op internet verspreiden is niet toegestaan, met of zonder opname.",
            "Spreading insults or threats against employees on the internet is not allowed, with or without a recording.");

    public static final Rule VERBAL_VIOLENCE = rule("GEM-VERBAL-VIOLENCE", "Artikel 5",
            "Het op internet bezigen van verbaal geweld, dat als agressief, intimiderend en/of bedreigend wordt "
                    + "beschouwd, jegens medewerkers van de gemeente danwel de gemeente zelf kan gevolgen hebben voor de "
                    + "dienstverlening, uw bijstandsuitkering en/of toeslagen.",
            "Verbaal geweld op internet tegen medewerkers of de gemeente kan gevolgen hebben voor de dienstverlening, "
                    + "uw bijstandsuitkering en toeslagen.",
            "Verbal violence on the internet against employees or the municipality can affect the services you "
                    + "receive, your social assistance benefit and allowances.")
            .interpretedAs(new BilingualText(
                    "De gateway ziet de inhoud niet; bij elk gebruik op internet (PUBLISH, EDIT_AND_PUBLISH_FRAGMENTS, "
                            + "NAME_EMPLOYEE_ONLINE) noemt zij dit als mogelijk gevolg (SERVICE_CONSEQUENCES).",
                    "The gateway cannot see the content; for every use on the internet (PUBLISH, "
                            + "EDIT_AND_PUBLISH_FRAGMENTS, NAME_EMPLOYEE_ONLINE) it lists this as a possible consequence "
                            + "(SERVICE_CONSEQUENCES)."));

    public static final Rule NO_MISLEADING_EDITS = rule("GEM-NO-MISLEADING-EDITS", "Artikel 6",
            "Het is verboden om te knippen en plakken in een opname, fragmenten van de opname uit hun verband te trekken "
                    + "en hierdoor misleidende informatie op internet te plaatsen.",
            "Knippen en plakken in een opname en fragmenten uit hun verband op internet zetten is verboden.",
            "Cutting and pasting a recording and putting fragments out of context on the internet is forbidden.")
            .interpretedAs(new BilingualText(
                    "De gateway kan niet beoordelen of een bewerking misleidt, en toestemming van de medewerker heft dit "
                            + "verbod niet op: EDIT_AND_PUBLISH_FRAGMENTS is NOT_PERMITTED.",
                    "The gateway cannot judge whether an edit misleads, and the employee's consent does not lift this "
                            + "prohibition: EDIT_AND_PUBLISH_FRAGMENTS is NOT_PERMITTED."));

    public static final Rule DAMAGES = rule("GEM-DAMAGES", "Artikel 7",
            "Indien in strijd met deze spelregels wordt gehandeld, zullen wij gebruik maken van de ons ten dienste "
                    + "staande mogelijkheden en hebben wij het recht om de eventueel daardoor ontstane schade op u te verhalen.",
            "Wie in strijd met de spelregels handelt, riskeert maatregelen van de gemeente en het verhalen van schade.",
            "Acting against these rules may lead to measures by the municipality and recovery of damages.");

    public static final Rule ACKNOWLEDGEMENT = rule("GEM-ACKNOWLEDGEMENT", "Ondertekening",
            "Handtekening cliënt",
            "De spelregels eindigen met een formulier (datum, naam en handtekening van cliënt en medewerker) waarmee "
                    + "ze voor gezien worden ondertekend.",
            "The rules end with a form (date, name and signature of client and employee) by which they are signed "
                    + "as acknowledged.")
            .interpretedAs(new BilingualText(
                    "Het formulier is een bevestiging, geen voorwaarde voor het opnemen: beslissingen hangen er niet van af.",
                    "The form is an acknowledgement, not a condition for recording: no decision depends on it."));

    private MunicipalityRules() {
    }

    public static List<Rule> all() {
        return List.of(RECORDING_ALLOWED, MEDIA, ANNOUNCE, NO_THIRD_PARTY_SHARING, PRIVATE_CIRCLE, NO_NAMING_EMPLOYEES,
                NO_INSULTS_OR_THREATS, VERBAL_VIOLENCE, NO_MISLEADING_EDITS, DAMAGES, ACKNOWLEDGEMENT);
    }

    private static Rule rule(String id, String section, String text, String nl, String en) {
        return Rule.of(id, Authority.MUNICIPALITY, new RuleSource(DOCUMENT, section, text), new BilingualText(nl, en));
    }
}
