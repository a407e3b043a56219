package nl.overheid.recordingpolicy.adapter.policyfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.xml.validation.Schema;

import nl.overheid.recordingpolicy.domain.calendar.WorkingDayCalendar;
import nl.overheid.recordingpolicy.domain.policy.AdviceCode;
import nl.overheid.recordingpolicy.domain.policy.Authority;
import nl.overheid.recordingpolicy.domain.policy.AuthorityPolicy;
import nl.overheid.recordingpolicy.domain.policy.BilingualText;
import nl.overheid.recordingpolicy.domain.policy.ConsentGrantor;
import nl.overheid.recordingpolicy.domain.policy.ConsequenceCode;
import nl.overheid.recordingpolicy.domain.policy.Medium;
import nl.overheid.recordingpolicy.domain.policy.ObligationCode;
import nl.overheid.recordingpolicy.domain.policy.GatewayTexts;
import nl.overheid.recordingpolicy.domain.policy.Outcome;
import nl.overheid.recordingpolicy.domain.policy.Platform;
import nl.overheid.recordingpolicy.domain.policy.PolicyContent;
import nl.overheid.recordingpolicy.domain.policy.PolicyDocument;
import nl.overheid.recordingpolicy.domain.policy.PolicySet;
import nl.overheid.recordingpolicy.domain.policy.RecordingConsentTerms;
import nl.overheid.recordingpolicy.domain.policy.RecordingRow;
import nl.overheid.recordingpolicy.domain.policy.Rule;
import nl.overheid.recordingpolicy.domain.policy.RuleSource;
import nl.overheid.recordingpolicy.domain.policy.Step;
import nl.overheid.recordingpolicy.domain.policy.Usage;
import nl.overheid.recordingpolicy.domain.policy.UsageRow;

/**
 * Reads policy files into the domain's model. Each file is first validated against {@code policies/policy.xsd}
 * (structure, codes, and that every cited rule and text exists), then read; what the schema cannot say (each medium
 * and use once, the parameters a text may use, one file per authority, rule ids unique over all files) is checked
 * here. Every problem is a {@link PolicyFileException} naming the file and line.
 */
public final class PolicyFiles {

    /** The shipped files, in the order listed in {@code policies/index.txt}. */
    public static final String SHIPPED = "policies/";

    private static final String SCHEMA = SHIPPED + "policy.xsd";
    private static final String INDEX = SHIPPED + "index.txt";
    private static final Set<String> DEADLINE_PARAMETERS = Set.of("deadline", "conversationDate", "workingDays");

    private PolicyFiles() {
    }

    /** The shipped policies only. */
    public static PolicySet shipped(WorkingDayCalendar calendar) {
        return load(calendar, Optional.empty());
    }

    /**
     * The shipped policies and every {@code *.xml} file in {@code extraDirectory} (by name), as one policy set with
     * the gateway's own texts ({@link GatewayTextsFile}); the content kept of it holds the texts file too, since the
     * answers are worded with it.
     *
     * @throws PolicyFileException on the first file that cannot be used, or an authority with two files
     */
    public static PolicySet load(WorkingDayCalendar calendar, Optional<Path> extraDirectory) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : shippedNames()) {
            files.put(SHIPPED + name, XmlFiles.resource(SHIPPED + name));
        }
        extraDirectory.ifPresent(directory -> files.putAll(directoryFiles(directory)));
        Map<Authority, String> fileOf = new HashMap<>();
        Map<String, String> ruleFile = new HashMap<>();
        List<AuthorityPolicy> policies = new ArrayList<>();
        List<PolicyDocument> documents = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            AuthorityPolicy policy = read(file.getKey(), file.getValue());
            documents.add(new PolicyDocument(policy.authority().code(), Path.of(file.getKey()).getFileName().toString(),
                    text(file.getKey(), file.getValue())));
            String earlier = fileOf.putIfAbsent(policy.authority(), file.getKey());
            if (earlier != null) {
                throw new PolicyFileException(file.getKey(), 0,
                        "a second policy for " + policy.authority().code() + " (the first is " + earlier + ")");
            }
            for (Rule rule : policy.rules()) {
                String other = ruleFile.putIfAbsent(rule.id(), file.getKey());
                if (other != null) {
                    throw new PolicyFileException(file.getKey(), 0, "rule id " + rule.id() + " is also used in " + other);
                }
            }
            policies.add(policy);
        }
        byte[] gatewayTexts = XmlFiles.resource(GatewayTextsFile.SHIPPED);
        GatewayTexts texts = GatewayTextsFile.read(GatewayTextsFile.SHIPPED, gatewayTexts);
        try {
            return new PolicySet(policies, calendar, PolicyContent.of(PolicySet.CURRENT_VERSION, documents,
                    text(GatewayTextsFile.SHIPPED, gatewayTexts)), texts);
        } catch (IllegalArgumentException e) {
            throw new PolicyFileException(String.join(", ", files.keySet()), 0, e.getMessage(), e);
        }
    }

    /** Validates and reads one policy file; {@code file} names it in messages. */
    public static AuthorityPolicy read(String file, byte[] content) {
        Element root = XmlFiles.read(SchemaHolder.SCHEMA_INSTANCE, file, content);
        try {
            return new Reader(file, root).policy();
        } catch (IllegalArgumentException e) {
            throw new PolicyFileException(file, root.line(), e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------- files

    /**
     * A file's text (a policy's or the gateway's texts), for the archive of policy versions (docs/decision-log.md). Strictly UTF-8: a file in another
     * encoding would be kept as something other than what it is, and the version that names it would not be exact.
     */
    private static String text(String file, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new PolicyFileException(file, 0, "is not UTF-8 (" + e + "); save it as UTF-8", e);
        }
    }

    private static List<String> shippedNames() {
        return new String(XmlFiles.resource(INDEX), StandardCharsets.UTF_8).lines()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static Map<String, byte[]> directoryFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new PolicyFileException(directory.toString(), 0, "is not a directory");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> listing = Files.list(directory)) {
            for (Path path : listing.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList()) {
                files.put(path.toString(), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the policy directory " + directory, e);
        }
        return files;
    }

    /** The schema, made once: the archive of policy versions reads files with it again after start. */
    private static final class SchemaHolder {
        static final Schema SCHEMA_INSTANCE = XmlFiles.schema(SCHEMA);
    }

    // ------------------------------------------------------------------------------------------- model

    /** Builds the model from a valid file: references resolve, because the schema's keys checked them. */
    private static final class Reader {

        private final String file;
        private final Element root;
        private final Authority authority;
        private final Map<String, Rule> rules = new LinkedHashMap<>();
        private final Map<String, BilingualText> texts = new HashMap<>();

        Reader(String file, Element root) {
            this.file = file;
            this.root = root;
            this.authority = new Authority(root.attribute("authority"));
        }

        AuthorityPolicy policy() {
            String source = root.attribute("source");
            for (Element rule : root.child("rules").children("rule")) {
                rules.put(rule.attribute("id"), at(rule, () -> new Rule(rule.attribute("id"), authority,
                        new RuleSource(source, rule.attribute("section"), rule.child("quote").text()),
                        bilingual(rule.child("explanation")),
                        rule.optionalChild("interpretation").map(Reader::bilingual))));
            }
            for (Element text : root.child("texts").children("text")) {
                texts.put(text.attribute("id"), bilingual(text));
            }
            Element recording = root.child("recording");
            Map<Medium, RecordingRow> recordingRows = new EnumMap<>(Medium.class);
            for (Element line : recording.children("medium")) {
                for (String name : line.attribute("names").split("\\s+")) {
                    Medium medium = Medium.valueOf(name); // the schema admits only the media
                    RecordingRow row = at(line, () -> new RecordingRow(medium, Outcome.valueOf(line.attribute("outcome")),
                            steps(line.child("decide")), steps(line.child("not-participant")),
                            line.optionalChild("consent").map(this::consent)));
                    if (recordingRows.put(medium, row) != null) {
                        throw new PolicyFileException(file, line.line(), "a second line for " + medium);
                    }
                }
            }
            Map<Usage, UsageRow> usageRows = new EnumMap<>(Usage.class);
            Element usage = root.child("usage");
            for (Element line : usage.children("use")) {
                Usage use = Usage.valueOf(line.attribute("name"));
                String outcome = line.attribute("outcome");
                UsageRow row = at(line, () -> new UsageRow(use, Outcome.valueOf(outcome),
                        line.optionalAttribute("grantor").map(ConsentGrantor::valueOf), steps(line),
                        line.optionalChild("with-consent").map(this::steps).orElse(List.of()),
                        line.optionalAttribute("publishes").map(Boolean::parseBoolean).orElse(false)));
                if (usageRows.put(use, row) != null) {
                    throw new PolicyFileException(file, line.line(), "a second line for " + use);
                }
            }
            BilingualText notNeeded = text(recording, recording.attribute("consent-not-needed"), Set.of());
            List<String> publicationChannels = publicationChannels(usage, recordingRows);
            List<Step> everyDecision = root.optionalChild("every-decision").map(this::steps).orElse(List.of());
            List<Step> withoutConsent = usage.optionalChild("recording-made-without-consent").map(this::steps)
                    .orElse(List.of());
            Map<Platform, List<Step>> platforms = new EnumMap<>(Platform.class);
            for (Element line : usage.children("platform")) {
                if (platforms.put(Platform.valueOf(line.attribute("name")), steps(line)) != null) {
                    throw new PolicyFileException(file, line.line(), "a second line for " + line.attribute("name"));
                }
            }
            return at(root, () -> new AuthorityPolicy(authority, source, List.copyOf(rules.values()), recordingRows,
                    usageRows, notNeeded, publicationChannels, everyDecision, withoutConsent, platforms));
        }

        /** The usage table's channels, else the recording consent's: a file that names none cannot take a request. */
        private List<String> publicationChannels(Element usage, Map<Medium, RecordingRow> recordingRows) {
            Optional<String> listed = usage.optionalAttribute("channels");
            if (listed.isPresent()) {
                return List.of(listed.get().strip().split("\\s+"));
            }
            List<String> recordingChannels = recordingRows.values().stream()
                    .flatMap(row -> row.consent().stream())
                    .flatMap(terms -> terms.channels().stream())
                    .distinct().toList();
            if (recordingChannels.isEmpty()) {
                throw new PolicyFileException(file, usage.line(),
                        "names no channel for consent requests: add channels to <usage>");
            }
            return recordingChannels;
        }

        private RecordingConsentTerms consent(Element consent) {
            return new RecordingConsentTerms(
                    ConsentGrantor.valueOf(consent.attribute("grantor")),
                    rules.get(consent.attribute("rule")),
                    Integer.parseInt(consent.attribute("working-days")),
                    rules.get(consent.attribute("lead-time-rule")),
                    List.of(consent.attribute("channels").split("\\s+")),
                    text(consent, consent.attribute("deadline"), DEADLINE_PARAMETERS),
                    text(consent, consent.attribute("granted"), Set.of()),
                    text(consent, consent.attribute("refused"), Set.of()),
                    text(consent, consent.attribute("to-request"), Set.of()),
                    text(consent, consent.attribute("passed"), Set.of()),
                    contact(consent));
        }

        /** contact-rule and next-step come together or not at all. */
        private Optional<RecordingConsentTerms.Contact> contact(Element consent) {
            Optional<String> rule = consent.optionalAttribute("contact-rule");
            Optional<String> nextStep = consent.optionalAttribute("next-step");
            if (rule.isPresent() != nextStep.isPresent()) {
                throw new PolicyFileException(file, consent.line(), "contact-rule and next-step go together");
            }
            return rule.map(id -> new RecordingConsentTerms.Contact(rules.get(id),
                    text(consent, nextStep.get(), Set.of())));
        }

        private List<Step> steps(Element parent) {
            List<Step> steps = new ArrayList<>();
            for (Element step : parent.children()) {
                if (step.name().equals("with-consent")) {
                    continue; // a use line's steps with consent, read on their own
                }
                steps.add(switch (step.name()) {
                    case "cite" -> new Step.Cite(rule(step));
                    case "obligation" -> new Step.Oblige(ObligationCode.valueOf(step.attribute("code")), rule(step));
                    case "advice" -> new Step.Advise(AdviceCode.valueOf(step.attribute("code")), rule(step));
                    case "consequence" -> new Step.Warn(ConsequenceCode.valueOf(step.attribute("code")), rule(step));
                    case "explain" -> new Step.Explain(text(step, step.attribute("text"), Set.of()));
                    default -> throw new PolicyFileException(file, step.line(), "not a step: <" + step.name() + ">");
                });
            }
            return steps;
        }

        private Rule rule(Element step) {
            return rules.get(step.attribute("rule"));
        }

        /** The text, provided it uses no parameters but the ones that will be given. */
        private BilingualText text(Element where, String id, Set<String> parameters) {
            BilingualText text = texts.get(id);
            for (String parameter : text.parameterNames()) {
                if (!parameters.contains(parameter)) {
                    throw new PolicyFileException(file, where.line(), "text " + id + " uses {" + parameter
                            + "}, but here " + (parameters.isEmpty() ? "no parameters are" : "only " + parameters + " are")
                            + " given");
                }
            }
            return text;
        }

        private static BilingualText bilingual(Element element) {
            return new BilingualText(element.child("nl").text(), element.child("en").text());
        }

        private <T> T at(Element element, Supplier<T> build) {
            try {
                return build.get();
            } catch (IllegalArgumentException e) {
                throw new PolicyFileException(file, element.line(), e.getMessage(), e);
            }
        }
    }
}
