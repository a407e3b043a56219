package nl.overheid.recordingpolicy.bench.baseline;

import java.util.List;
import java.util.UUID;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * An answer of the same shape and size as the gateway's recording decision (UWV, VIDEO, a conversation a month
 * ahead): the same fields, lists and texts, taken from a real answer (decision-shape.json) once, with a new id per
 * answer. Public fields, so that JSON-B and JAXB both read them the way they read the gateway's answer objects.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "DecisionShape", namespace = EchoEndpoint.NS)
public class DecisionShape {

    private static final DecisionShape SAMPLE = SampleAnswers.load("decision-shape.json", DecisionShape.class);

    public String decisionId;
    public String outcome;
    public List<String> rules;
    public List<Cited> obligations;
    public List<Cited> advice;
    public List<Cited> consequences;
    public String consentGrantor;
    public LeadTime leadTime;
    public Texts explanation;
    public Version policyVersion;

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Cited", namespace = EchoEndpoint.NS)
    public static class Cited {
        public String code;
        public String ruleId;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "LeadTime", namespace = EchoEndpoint.NS)
    public static class LeadTime {
        public boolean required;
        public int workingDays;
        public String deadline;
        public String requestDate;
        public boolean onTime;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Texts", namespace = EchoEndpoint.NS)
    public static class Texts {
        public String nl;
        public String en;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Version", namespace = EchoEndpoint.NS)
    public static class Version {
        public String version;
        public String effectiveFrom;
    }

    /** The sample with a new decision id: as much per-answer work as an echo should do. */
    static DecisionShape answer() {
        DecisionShape answer = new DecisionShape();
        answer.decisionId = UUID.randomUUID().toString();
        answer.outcome = SAMPLE.outcome;
        answer.rules = SAMPLE.rules;
        answer.obligations = SAMPLE.obligations;
        answer.advice = SAMPLE.advice;
        answer.consequences = SAMPLE.consequences;
        answer.consentGrantor = SAMPLE.consentGrantor;
        answer.leadTime = SAMPLE.leadTime;
        answer.explanation = SAMPLE.explanation;
        answer.policyVersion = SAMPLE.policyVersion;
        return answer;
    }
}
