package nl.overheid.recordingpolicy.contract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Just enough of an XML Schema, read with a namespace-aware DOM, to compare it with the OpenAPI document: the
 * fields (child elements) of named complex types and of the anonymous types of global elements, with their
 * type, cardinality and whether they are required; and the values of enumeration simple types.
 *
 * <p>Constructs this reader does not understand (choice, group, element ref, any, ...) fail loudly rather than
 * being skipped, so a change of the contract cannot slip past the parity checks unnoticed.
 */
final class XsdModel {

    static final Path XSD_FILE = Path.of("wsdl/recording-policy-v1.xsd");
    static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /**
     * One child element.
     *
     * @param type     the type as {@code xs:local} for XML Schema built-ins, {@code tns:local} for the schema's own
     * @param required minOccurs absent or at least 1
     * @param repeated maxOccurs above 1 or unbounded
     */
    record Field(String name, String type, boolean required, boolean repeated) {
    }

    private final Element schema;
    private final String targetNamespace;

    private XsdModel(Document document) {
        this.schema = document.getDocumentElement();
        if (!XS.equals(schema.getNamespaceURI()) || !"schema".equals(schema.getLocalName())) {
            throw new IllegalArgumentException("not an XML Schema: " + schema.getTagName());
        }
        this.targetNamespace = schema.getAttribute("targetNamespace");
    }

    static XsdModel read() {
        return read(XSD_FILE);
    }

    static XsdModel read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new XsdModel(factory.newDocumentBuilder().parse(file.toFile()));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** Names of the global complexTypes, in document order. */
    List<String> complexTypeNames() {
        return globals("complexType").stream().map(e -> e.getAttribute("name")).toList();
    }

    /** Names of the global simpleTypes that restrict by enumeration, in document order. */
    List<String> enumerationTypeNames() {
        return globals("simpleType").stream()
                .filter(type -> !children(restriction(type), "enumeration").isEmpty())
                .map(type -> type.getAttribute("name"))
                .toList();
    }

    /** The values of an enumeration simpleType, in document order. */
    List<String> enumeration(String simpleTypeName) {
        return children(restriction(global("simpleType", simpleTypeName)), "enumeration").stream()
                .map(value -> value.getAttribute("value"))
                .toList();
    }

    /**
     * For a simpleType of this schema that narrows a built-in type without a same-named counterpart elsewhere
     * (e.g. tns:CalendarDate, an xs:date without time zone): the built-in it restricts, e.g. {@code xs:date}.
     * Any other type is returned as it is.
     */
    String builtInBase(String type) {
        if (!type.startsWith("tns:")) {
            return type;
        }
        String local = type.substring(4);
        boolean simple = globals("simpleType").stream().anyMatch(e -> e.getAttribute("name").equals(local));
        if (!simple) {
            return type;
        }
        Element restriction = restriction(global("simpleType", local));
        return qualified(restriction, restriction.getAttribute("base"));
    }

    /** The xs:pattern of a simpleType restriction. */
    String pattern(String simpleTypeName) {
        return facet(simpleTypeName, "pattern")
                .orElseThrow(() -> new IllegalStateException("simpleType " + simpleTypeName + " has no pattern"));
    }

    /**
     * The value of a single-valued facet (pattern, minLength, maxLength, ...) of a simpleType restriction, if the
     * restriction has it; a facet given twice fails, since a second pattern would mean "either" and no counterpart
     * in OpenAPI says that.
     */
    Optional<String> facet(String simpleTypeName, String facetName) {
        List<Element> facets = children(restriction(global("simpleType", simpleTypeName)), facetName);
        if (facets.size() > 1) {
            throw new IllegalStateException("simpleType " + simpleTypeName + " has " + facets.size() + " " + facetName + " facets");
        }
        return facets.stream().findFirst().map(facet -> facet.getAttribute("value"));
    }

    /** Names of the global elements, in document order: the request and response wrappers and the fault details. */
    List<String> elementNames() {
        return globals("element").stream().map(e -> e.getAttribute("name")).toList();
    }

    /** The fields of a global complexType, those of its base type first. */
    Map<String, Field> complexTypeFields(String name) {
        return fields(global("complexType", name), "complexType " + name);
    }

    /** The fields of the anonymous complexType of a global element (a request or response wrapper). */
    Map<String, Field> elementFields(String name) {
        List<Element> types = children(global("element", name), "complexType");
        if (types.size() != 1) {
            throw new IllegalStateException("element " + name + " has no anonymous complexType");
        }
        return fields(types.get(0), "element " + name);
    }

    // ------------------------------------------------------------------------------------------------

    private Map<String, Field> fields(Element complexType, String where) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Element child : children(complexType, null)) {
            switch (child.getLocalName()) {
                case "annotation" -> { }
                case "sequence", "all" -> addParticles(fields, child, where);
                case "complexContent" -> {
                    List<Element> derivations = children(child, null).stream()
                            .filter(e -> !e.getLocalName().equals("annotation")).toList();
                    Element extension = derivations.get(0);
                    if (derivations.size() != 1 || !extension.getLocalName().equals("extension")) {
                        throw new UnsupportedOperationException(where + ": only complexContent/extension is understood");
                    }
                    String base = qualified(extension, extension.getAttribute("base"));
                    if (!base.startsWith("tns:")) {
                        throw new UnsupportedOperationException(where + ": extends " + base);
                    }
                    fields.putAll(complexTypeFields(base.substring(4)));
                    for (Element part : children(extension, null)) {
                        switch (part.getLocalName()) {
                            case "annotation" -> { }
                            case "sequence", "all" -> addParticles(fields, part, where);
                            default -> throw new UnsupportedOperationException(where + ": extension with " + part.getLocalName());
                        }
                    }
                }
                default -> throw new UnsupportedOperationException(where + ": " + child.getLocalName() + " is not understood");
            }
        }
        return fields;
    }

    private void addParticles(Map<String, Field> fields, Element group, String where) {
        for (Element particle : children(group, null)) {
            switch (particle.getLocalName()) {
                case "annotation" -> { }
                case "element" -> {
                    String name = particle.getAttribute("name");
                    if (name.isEmpty() || !particle.getAttribute("type").contains(":")) {
                        throw new UnsupportedOperationException(where + ": element without name and QName type");
                    }
                    String minOccurs = particle.getAttribute("minOccurs");
                    String maxOccurs = particle.getAttribute("maxOccurs");
                    Field field = new Field(name, qualified(particle, particle.getAttribute("type")),
                            minOccurs.isEmpty() || Integer.parseInt(minOccurs) >= 1,
                            maxOccurs.equals("unbounded") || (!maxOccurs.isEmpty() && Integer.parseInt(maxOccurs) > 1));
                    if (fields.put(name, field) != null) {
                        throw new IllegalStateException(where + ": element " + name + " occurs twice");
                    }
                }
                default -> throw new UnsupportedOperationException(where + ": " + particle.getLocalName() + " is not understood");
            }
        }
    }

    /** A QName attribute value as xs:local or tns:local, whatever prefixes the document uses. */
    private String qualified(Element context, String qname) {
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? null : qname.substring(0, colon);
        String local = qname.substring(colon + 1);
        String namespace = context.lookupNamespaceURI(prefix);
        if (XS.equals(namespace)) {
            return "xs:" + local;
        }
        if (targetNamespace.equals(namespace)) {
            return "tns:" + local;
        }
        throw new IllegalStateException("type " + qname + " is in an unexpected namespace " + namespace);
    }

    private Element restriction(Element simpleType) {
        List<Element> restrictions = children(simpleType, "restriction");
        if (restrictions.size() != 1) {
            throw new IllegalStateException("simpleType " + simpleType.getAttribute("name") + " is not a restriction");
        }
        return restrictions.get(0);
    }

    private Element global(String kind, String name) {
        return globals(kind).stream()
                .filter(e -> e.getAttribute("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(XSD_FILE + " has no global " + kind + " named " + name));
    }

    private List<Element> globals(String kind) {
        return children(schema, kind);
    }

    /** Child elements in the XML Schema namespace, all of them when {@code localName} is null. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && XS.equals(element.getNamespaceURI())
                    && (localName == null || localName.equals(element.getLocalName()))) {
                children.add(element);
            }
        }
        return children;
    }
}
