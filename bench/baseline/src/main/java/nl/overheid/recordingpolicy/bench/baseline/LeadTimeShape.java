package nl.overheid.recordingpolicy.bench.baseline;

import java.util.List;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/**
 * An answer of the same shape and size as the gateway's lead-time answer (UWV, VIDEO, a conversation a month ahead):
 * the same fields and texts, taken from a real answer (lead-time-shape.json) once. A new object per answer, with the
 * request's dates, as much per-answer work as an echo should do.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "LeadTimeShape", namespace = EchoEndpoint.NS)
public class LeadTimeShape {

    private static final LeadTimeShape SAMPLE = SampleAnswers.load("lead-time-shape.json", LeadTimeShape.class);

    public boolean required;
    public int workingDays;
    public String deadline;
    public String requestDate;
    public boolean onTime;
    public boolean provisional;
    public List<String> rules;
    public DecisionShape.Texts explanation;
    public DecisionShape.Version policyVersion;

    static LeadTimeShape answer(String requestDate) {
        LeadTimeShape answer = new LeadTimeShape();
        answer.required = SAMPLE.required;
        answer.workingDays = SAMPLE.workingDays;
        answer.deadline = SAMPLE.deadline;
        answer.requestDate = requestDate == null ? SAMPLE.requestDate : requestDate;
        answer.onTime = SAMPLE.onTime;
        answer.provisional = SAMPLE.provisional;
        answer.rules = SAMPLE.rules;
        answer.explanation = SAMPLE.explanation;
        answer.policyVersion = SAMPLE.policyVersion;
        return answer;
    }
}
