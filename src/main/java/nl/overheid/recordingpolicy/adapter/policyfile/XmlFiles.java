package nl.overheid.recordingpolicy.adapter.policyfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * What the policy files and the gateway's texts file have in common: read from the class path, validated against the
 * schema shipped beside them, parsed into {@link Element}s. Every problem is a {@link PolicyFileException} naming the
 * file and line.
 */
final class XmlFiles {

    private XmlFiles() {
    }

    static byte[] resource(String name) {
        try (InputStream in = XmlFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new PolicyFileException(name, 0, "not found on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The schema in the class-path resource {@code name}; callers keep it, a schema is thread-safe. */
    static Schema schema(String name) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            noExternalAccess(factory::setProperty);
            return factory.newSchema(new StreamSource(new ByteArrayInputStream(resource(name)), name));
        } catch (SAXException e) {
            throw new PolicyFileException(name, 0, e.getMessage(), e);
        }
    }

    /** Validates, then parses: an element's text is stripped and its runs of white space made one space. */
    static Element read(Schema schema, String file, byte[] content) {
        validate(schema, file, content);
        return parse(file, content);
    }

    private static void validate(Schema schema, String file, byte[] content) {
        try {
            Validator validator = schema.newValidator();
            noExternalAccess(validator::setProperty);
            validator.validate(new StreamSource(new ByteArrayInputStream(content), file));
        } catch (SAXParseException e) {
            throw new PolicyFileException(file, e.getLineNumber(), e.getMessage(), e);
        } catch (SAXException e) {
            throw new PolicyFileException(file, 0, e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface PropertySetter {
        void set(String name, Object value) throws SAXException;
    }

    /**
     * A file refers to nothing outside itself. Where the server's JAXP provider does not know the JAXP 1.5
     * properties, its own defaults stay in force: the files are the gateway's own or its operator's.
     */
    private static void noExternalAccess(PropertySetter setter) {
        for (String property : List.of(XMLConstants.ACCESS_EXTERNAL_DTD, XMLConstants.ACCESS_EXTERNAL_SCHEMA)) {
            try {
                setter.set(property, "");
            } catch (SAXException e) {
                // not supported by this provider
            }
        }
    }

    private static Element parse(String file, byte[] content) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            Deque<Builder> open = new ArrayDeque<>();
            Element root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    open.push(new Builder(reader.getLocalName(), attributes, reader.getLocation().getLineNumber()));
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    Builder done = open.pop();
                    Element element = new Element(done.name, done.attributes, done.children,
                            done.text.toString().strip().replaceAll("\\s+", " "), done.line);
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().children.add(element);
                    }
                }
            }
            return root;
        } catch (XMLStreamException e) {
            throw new PolicyFileException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
                    e.getMessage(), e);
        }
    }

    private static final class Builder {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }
    }
}
