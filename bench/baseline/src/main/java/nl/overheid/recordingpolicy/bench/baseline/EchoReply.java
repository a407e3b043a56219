package nl.overheid.recordingpolicy.bench.baseline;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The echo's answer: the two strings as they came in. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "EchoReply", namespace = EchoEndpoint.NS, propOrder = {"first", "second"})
public class EchoReply {

    @XmlElement(namespace = EchoEndpoint.NS)
    private String first;

    @XmlElement(namespace = EchoEndpoint.NS)
    private String second;

    public EchoReply() {
    }

    EchoReply(String first, String second) {
        this.first = first;
        this.second = second;
    }
}
