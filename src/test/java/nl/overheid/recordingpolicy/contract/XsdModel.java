package nl.overheid.recordingpolicy.contract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.transform.stream.StreamSource;

import org.apache.ws.commons.schema.XmlSchema;
import org.apache.ws.commons.schema.XmlSchemaAll;
import org.apache.ws.commons.schema.XmlSchemaCollection;
import org.apache.ws.commons.schema.XmlSchemaComplexContent;
import org.apache.ws.commons.schema.XmlSchemaComplexContentExtension;
import org.apache.ws.commons.schema.XmlSchemaComplexType;
import org.apache.ws.commons.schema.XmlSchemaContentModel;
import org.apache.ws.commons.schema.XmlSchemaElement;
import org.apache.ws.commons.schema.XmlSchemaEnumerationFacet;
import org.apache.ws.commons.schema.XmlSchemaFacet;
import org.apache.ws.commons.schema.XmlSchemaObject;
import org.apache.ws.commons.schema.XmlSchemaParticle;
import org.apache.ws.commons.schema.XmlSchemaSequence;
import org.apache.ws.commons.schema.XmlSchemaSimpleType;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeRestriction;

/**
 * Just enough of the XML Schema, read with Apache XmlSchema (the schema model CXF itself uses), to compare it with
 * the OpenAPI document: the fields (child elements) of named complex types and of the anonymous types of global
 * elements, with their type, cardinality and whether they are required; and the facets of simple types.
 *
 * <p>Constructs this model does not understand (choice, group, element ref, any, ...) fail loudly rather than being
 * skipped, so a change of the contract cannot slip past the parity checks unnoticed.
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

    private final XmlSchema schema;

    private XsdModel(XmlSchema schema) {
        this.schema = schema;
    }

    static XsdModel read() {
        return read(XSD_FILE);
    }

    static XsdModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XsdModel(new XmlSchemaCollection().read(new StreamSource(in, file.toUri().toString())));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** Names of the global complexTypes, in document order. */
    List<String> complexTypeNames() {
        return globals(XmlSchemaComplexType.class).stream().map(XmlSchemaComplexType::getName).toList();
    }

    /** Names of the global simpleTypes that restrict by enumeration, in document order. */
    List<String> enumerationTypeNames() {
        return globals(XmlSchemaSimpleType.class).stream()
                .filter(type -> !enumeration(type).isEmpty())
                .map(XmlSchemaSimpleType::getName)
                .toList();
    }

    /** The values of an enumeration simpleType, in document order. */
    List<String> enumeration(String simpleTypeName) {
        return enumeration(simpleType(simpleTypeName));
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
        boolean simple = globals(XmlSchemaSimpleType.class).stream().anyMatch(e -> e.getName().equals(local));
        if (!simple) {
            return type;
        }
        return qualified(restriction(simpleType(local)).getBaseTypeName());
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
        List<XmlSchemaFacet> facets = restriction(simpleType(simpleTypeName)).getFacets().stream()
                .filter(facet -> facetName.equals(localName(facet)))
                .toList();
        if (facets.size() > 1) {
            throw new IllegalStateException("simpleType " + simpleTypeName + " has " + facets.size() + " " + facetName + " facets");
        }
        return facets.stream().findFirst().map(facet -> String.valueOf(facet.getValue()));
    }

    /** Names of the global elements, in document order: the request and response wrappers and the fault details. */
    List<String> elementNames() {
        return globals(XmlSchemaElement.class).stream().map(XmlSchemaElement::getName).toList();
    }

    /** The fields of a global complexType, those of its base type first. */
    Map<String, Field> complexTypeFields(String name) {
        return fields(global(XmlSchemaComplexType.class, name, XmlSchemaComplexType::getName), "complexType " + name);
    }

    /** The fields of the anonymous complexType of a global element (a request or response wrapper). */
    Map<String, Field> elementFields(String name) {
        XmlSchemaElement element = global(XmlSchemaElement.class, name, XmlSchemaElement::getName);
        if (!(element.getSchemaType() instanceof XmlSchemaComplexType type) || type.getName() != null) {
            throw new IllegalStateException("element " + name + " has no anonymous complexType");
        }
        return fields(type, "element " + name);
    }

    // ------------------------------------------------------------------------------------------------

    private Map<String, Field> fields(XmlSchemaComplexType type, String where) {
        Map<String, Field> fields = new LinkedHashMap<>();
        XmlSchemaContentModel content = type.getContentModel();
        if (content != null) {
            if (!(content instanceof XmlSchemaComplexContent complex)
                    || !(complex.getContent() instanceof XmlSchemaComplexContentExtension extension)) {
                throw new UnsupportedOperationException(where + ": only complexContent/extension is understood");
            }
            String base = qualified(extension.getBaseTypeName());
            if (!base.startsWith("tns:")) {
                throw new UnsupportedOperationException(where + ": extends " + base);
            }
            fields.putAll(complexTypeFields(base.substring(4)));
            addParticles(fields, extension.getParticle(), where);
            if (!extension.getAttributes().isEmpty()) {
                throw new UnsupportedOperationException(where + ": extension with attributes");
            }
        } else {
            addParticles(fields, type.getParticle(), where);
        }
        if (!type.getAttributes().isEmpty() || type.getAnyAttribute() != null) {
            throw new UnsupportedOperationException(where + ": attributes are not understood");
        }
        return fields;
    }

    private void addParticles(Map<String, Field> fields, XmlSchemaParticle group, String where) {
        List<?> members;
        if (group == null) {
            return;
        } else if (group instanceof XmlSchemaSequence sequence) {
            members = sequence.getItems();
        } else if (group instanceof XmlSchemaAll all) {
            members = all.getItems();
        } else {
            throw new UnsupportedOperationException(where + ": " + localName(group) + " is not understood");
        }
        for (Object member : members) {
            if (!(member instanceof XmlSchemaElement element) || element.isRef()) {
                throw new UnsupportedOperationException(where + ": " + localName((XmlSchemaObject) member)
                        + " is not understood");
            }
            if (element.getName() == null || element.getSchemaTypeName() == null) {
                throw new UnsupportedOperationException(where + ": element without name and QName type");
            }
            Field field = new Field(element.getName(), qualified(element.getSchemaTypeName()),
                    element.getMinOccurs() >= 1, element.getMaxOccurs() > 1);
            if (fields.put(element.getName(), field) != null) {
                throw new IllegalStateException(where + ": element " + element.getName() + " occurs twice");
            }
        }
    }

    /** A type's QName as xs:local or tns:local. */
    private String qualified(QName name) {
        if (XS.equals(name.getNamespaceURI())) {
            return "xs:" + name.getLocalPart();
        }
        if (schema.getTargetNamespace().equals(name.getNamespaceURI())) {
            return "tns:" + name.getLocalPart();
        }
        throw new IllegalStateException("type " + name + " is in an unexpected namespace");
    }

    private static List<String> enumeration(XmlSchemaSimpleType type) {
        if (!(type.getContent() instanceof XmlSchemaSimpleTypeRestriction restriction)) {
            return List.of();
        }
        return restriction.getFacets().stream()
                .filter(XmlSchemaEnumerationFacet.class::isInstance)
                .map(facet -> String.valueOf(facet.getValue()))
                .toList();
    }

    private static XmlSchemaSimpleTypeRestriction restriction(XmlSchemaSimpleType type) {
        if (!(type.getContent() instanceof XmlSchemaSimpleTypeRestriction restriction)) {
            throw new IllegalStateException("simpleType " + type.getName() + " is not a restriction");
        }
        return restriction;
    }

    private XmlSchemaSimpleType simpleType(String name) {
        return global(XmlSchemaSimpleType.class, name, XmlSchemaSimpleType::getName);
    }

    /** The facet or particle as the schema writes it: XmlSchemaPatternFacet is {@code pattern}, and so on. */
    private static String localName(XmlSchemaObject object) {
        String simple = object.getClass().getSimpleName().replaceFirst("^XmlSchema", "").replaceFirst("Facet$", "");
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private <T> T global(Class<T> kind, String name, java.util.function.Function<T, String> nameOf) {
        return globals(kind).stream()
                .filter(item -> name.equals(nameOf.apply(item)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(XSD_FILE + " has no global "
                        + kind.getSimpleName().replaceFirst("^XmlSchema", "") + " named " + name));
    }

    /** The schema's global items of one kind, in document order. */
    private <T> List<T> globals(Class<T> kind) {
        return schema.getItems().stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
