package nl.overheid.recordingpolicy.adapter.soap;

/**
 * Parse and print methods named in {@code wsdl/bindings.xjb}: enumeration, date and boolean values cross
 * the SOAP boundary as the exact text the caller sent, so that the application layer can tell a missing
 * value from an invalid one and name the field either way.
 */
public final class XmlLexical {

    private XmlLexical() {
    }

    /** xs:date and xs:boolean collapse whitespace, so {@code <participant> true </participant>} is valid XML input. */
    public static String parse(String lexical) {
        return lexical == null ? null : lexical.strip();
    }

    public static String print(String value) {
        return value;
    }
}
