package nl.overheid.recordingpolicy.adapter.policyfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An element of a policy file as read, with the line it starts on: enough to build the model and point at errors. */
record Element(String name, Map<String, String> attributes, List<Element> children, String text, int line) {

    String attribute(String attribute) {
        String value = attributes.get(attribute);
        if (value == null) {
            throw new IllegalStateException("<" + name + "> line " + line + " has no " + attribute); // the schema requires it
        }
        return value;
    }

    Optional<String> optionalAttribute(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    Element child(String childName) {
        return optionalChild(childName).orElseThrow(() ->
                new IllegalStateException("<" + name + "> line " + line + " has no <" + childName + ">"));
    }

    Optional<Element> optionalChild(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    List<Element> children(String childName) {
        List<Element> found = new ArrayList<>();
        for (Element child : children) {
            if (child.name.equals(childName)) {
                found.add(child);
            }
        }
        return found;
    }
}
