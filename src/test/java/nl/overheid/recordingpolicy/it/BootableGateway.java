package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The shipped artifact, run as an operator runs it: the bootable jar as a child process in a working directory of
 * its own (so the embedded database lands in that directory's data/), on ports shifted by an offset of its own
 * beside the server the Arquillian ITs use. Its output goes to a log file in the working directory, which a failed
 * start quotes.
 */
final class BootableGateway implements AutoCloseable {

    static final Duration STARTUP = Duration.ofSeconds(120);
    static final Duration SHUTDOWN = Duration.ofSeconds(45);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int portOffset;
    private final Path jar;
    private final Path workDir;
    private final List<Path> logs = new ArrayList<>();
    private Process server;

    /** @param offsetProperty the system property that may move this test's ports (so parallel runs can coexist) */
    BootableGateway(String offsetProperty, int defaultOffset, String name) throws IOException {
        this.portOffset = Integer.getInteger(offsetProperty, defaultOffset);
        String bootableJar = System.getProperty("gateway.bootable.jar", "target/recording-policy-gateway-bootable.jar");
        this.jar = Path.of(bootableJar).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "run `mvn package` first: " + jar + " is missing");
        assertTrue(!listening(httpPort()), "something already listens on 127.0.0.1:" + httpPort()
                + "; stop it first (or move this test with -D" + offsetProperty + "=N)");
        this.workDir = Files.createTempDirectory(name);
    }

    int httpPort() {
        return 8080 + portOffset;
    }

    int managementPort() {
        return 9990 + portOffset;
    }

    String base() {
        return "http://127.0.0.1:" + httpPort();
    }

    URL url() throws IOException {
        return URI.create(base()).toURL();
    }

    Path workDir() {
        return workDir;
    }

    long pid() {
        return server.pid();
    }

    /**
     * Starts the jar and waits until its readiness (management port) answers 200: the deployment is up and has its
     * database. Not a call of the API, which may need credentials (decisions-require-authentication).
     */
    void start(String name, String... serverArguments) throws IOException, InterruptedException {
        start(name, Map.of(), serverArguments);
    }

    /** The same, with environment variables added to this process's own (settings as an operator gives them). */
    void start(String name, Map<String, String> environment, String... serverArguments) throws IOException, InterruptedException {
        Path log = workDir.resolve("server-" + name + ".log");
        logs.add(log);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset));
        command.addAll(List.of(serverArguments));
        ProcessBuilder process = new ProcessBuilder(command);
        process.environment().putAll(environment);
        server = process
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()) // drained by the OS: the child can never block on a full pipe
                .start();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                fail("the gateway (" + name + " start) exited with " + server.exitValue() + " before it was ready:\n" + tail());
            }
            if (answers200("http://127.0.0.1:" + managementPort() + "/health/ready")) {
                return;
            }
            Thread.sleep(500);
        }
        fail("the gateway (" + name + " start) was not ready within " + STARTUP + ":\n" + tail());
    }

    /** SIGKILL: the process ends at once, nothing of it runs any more (no shutdown hook, no H2 close). */
    void kill() throws InterruptedException {
        Process process = server;
        server = null;
        process.destroyForcibly();
        assertTrue(process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS), "the killed gateway did not end");
        waitUntilPortFree();
    }

    /** SIGTERM, without waiting: what an orchestrator sends to stop the process. */
    void terminate() {
        server.destroy();
    }

    /** Waits for the process to end after {@link #terminate()}; its exit code. */
    int awaitExit(Duration within) throws InterruptedException {
        Process process = server;
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("the gateway did not end within " + within + " of SIGTERM:\n" + tail());
        }
        server = null;
        waitUntilPortFree();
        return process.exitValue();
    }

    /** destroy() asks for a graceful shutdown (SIGTERM); only if that does not end it in time is it killed. */
    void stop() {
        if (server == null) {
            return;
        }
        Process process = server;
        server = null;
        try {
            process.destroy();
            if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
                fail("the gateway did not stop within " + SHUTDOWN + " and was killed:\n" + tail());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        waitUntilPortFree();
    }

    /** Stops the gateway if it still runs and deletes its working directory. */
    @Override
    public void close() throws IOException {
        try {
            stop();
        } finally {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** The whole log of the latest start. */
    String log() throws IOException {
        return new String(Files.readAllBytes(logs.get(logs.size() - 1)), StandardCharsets.UTF_8);
    }

    /** The last part of the latest log, for a failure message. */
    String tail() {
        if (logs.isEmpty()) {
            return "(not started)";
        }
        try {
            String text = new String(Files.readAllBytes(logs.get(logs.size() - 1)), StandardCharsets.UTF_8);
            return text.length() <= 12_000 ? text : "...\n" + text.substring(text.length() - 12_000);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    static boolean answers200(String url) {
        try {
            HttpResponse<Void> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void waitUntilPortFree() {
        Instant deadline = Instant.now().plusSeconds(15);
        while (listening(httpPort()) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false; // refused or timed out: nobody there
        }
    }
}
