package nl.overheid.recordingpolicy.adapter.soap;

/**
 * Parse and print methods named in {@code wsdl/bindings.xjb}: enumeration, date and boolean values cross
 * the SOAP boundary as the exact text the caller sent, so that the application layer can tell a missing
 * value from an invalid one and name the field either way.
 */
public final class XmlLexical {

    private XmlLexical() {
    }

    public static String parse(String lexical) {
        return lexical;
    }

    public static String print(String value) {
        return value;
    }
}
