package nl.overheid.recordingpolicy.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the design promises (docs/design.md), read from the imports of src/main/java: the domain uses the JDK
 * only, the application layer no adapter, and no two packages of the gateway depend on each other in a cycle (but the
 * known ones, listed below until they are broken).
 */
class LayeringTest {

    private static final String BASE = "nl.overheid.recordingpolicy";
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /** package -> imported packages (of any library), over every source file of the package. */
    private static final Map<String, Set<String>> IMPORTS = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(LayeringTest::read);
        }
    }

    private static void read(Path file) {
        try {
            String source = Files.readString(file);
            Matcher declared = PACKAGE.matcher(source);
            if (!declared.find()) {
                return;
            }
            Set<String> imported = IMPORTS.computeIfAbsent(declared.group(1), p -> new TreeSet<>());
            Matcher imports = IMPORT.matcher(source);
            while (imports.find()) {
                // a static import names a class member: its "package" may be a class; trimming to a known package
                // below handles both
                imported.add(imports.group(1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theDomainUsesTheJdkOnly() {
        assertEquals(Map.of(), offending(BASE + ".domain", imported -> !imported.startsWith("java.")
                && !imported.startsWith(BASE + ".domain")));
    }

    /**
     * The application writes no JSON and reads none: what it records goes through the RecordJson port. Its views may
     * carry JSON-B's annotations (the order of their fields), which describe them and write nothing.
     */
    @Test
    void theApplicationLayerUsesNoJsonLibrary() {
        assertEquals(Map.of(), offending(BASE + ".application", imported -> imported.startsWith("jakarta.json")
                && !imported.equals("jakarta.json.bind.annotation")));
    }

    @Test
    void theApplicationLayerUsesNoAdapter() {
        assertEquals(Map.of(), offending(BASE + ".application", imported -> imported.startsWith(BASE + ".adapter")
                || imported.startsWith("jakarta.ws.rs") || imported.startsWith("jakarta.jws")
                || imported.startsWith("jakarta.xml.ws") || imported.startsWith("org.apache.cxf")));
    }

    /**
     * Cycles still there, each to be broken and then struck from this list (the test fails when one goes, so the list
     * only shrinks): the REST, SOAP and security adapters share problem and fault builders. (The application
     * package and its subpackages no longer use each other: what every use case shares moved below them, to
     * application.failure, application.configuration and application.security.)
     */
    private static final List<String> KNOWN_CYCLES = List.of(
            BASE + ".adapter.rest <-> " + BASE + ".adapter.rest.problem <-> " + BASE + ".adapter.security <-> "
                    + BASE + ".adapter.soap");

    @Test
    void noPackagesDependOnEachOtherInACycleButTheKnownOnes() {
        Map<String, Set<String>> graph = new TreeMap<>();
        IMPORTS.forEach((from, imported) -> {
            Set<String> targets = new TreeSet<>();
            for (String name : imported) {
                String target = knownPackage(name);
                if (target != null && !target.equals(from)) {
                    targets.add(target);
                }
            }
            graph.put(from, targets);
        });
        assertEquals(KNOWN_CYCLES, cycles(graph));
    }

    @Test
    void idempotencyAndConsentDoNotUseEachOtherDirectly() {
        assertEquals(Set.of(), Set.copyOf(IMPORTS.get(BASE + ".application.idempotency").stream()
                .filter(name -> name.startsWith(BASE + ".application.consent")).toList()));
    }

    private static Map<String, Set<String>> offending(String layer, java.util.function.Predicate<String> forbidden) {
        Map<String, Set<String>> found = new TreeMap<>();
        IMPORTS.forEach((from, imported) -> {
            if (from.startsWith(layer)) {
                imported.stream().filter(forbidden).forEach(name -> found.computeIfAbsent(from, p -> new TreeSet<>()).add(name));
            }
        });
        return found;
    }

    /** The gateway's package an import belongs to (an import of a nested class or a static member names a class). */
    private static String knownPackage(String name) {
        for (String candidate = name; candidate.startsWith(BASE); candidate = candidate.substring(0, Math.max(0, candidate.lastIndexOf('.')))) {
            if (IMPORTS.containsKey(candidate)) {
                return candidate;
            }
            if (candidate.indexOf('.') < 0) {
                break;
            }
        }
        return null;
    }

    /** Every strongly connected set of more than one package (Tarjan), each sorted, as "a <-> b <-> c". */
    private static List<String> cycles(Map<String, Set<String>> graph) {
        List<String> found = new ArrayList<>();
        Map<String, Integer> index = new TreeMap<>();
        Map<String, Integer> low = new TreeMap<>();
        List<String> stack = new ArrayList<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, counter, found);
            }
        }
        return found;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, List<String> stack, int[] counter, List<String> found) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, counter, found);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.remove(stack.size() - 1);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                found.add(String.join(" <-> ", component));
            }
        }
    }
}
