package nl.overheid.recordingpolicy.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The shipped bootable jar, run as an operator runs it: a child process in a working directory of its own (so its
 * ./data starts empty), on ports of its own, stopped gracefully at the end and its directory removed.
 */
final class BootableJar implements AutoCloseable {

    /** Generous: on a loaded 2-core machine the jar takes up to a minute to be ready. */
    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final int httpPort;
    private final Path workDir;
    private final Path log;
    private Process process;

    private BootableJar(int portOffset, Path workDir) {
        this.httpPort = 8080 + portOffset;
        this.workDir = workDir;
        this.log = workDir.resolve("server.log");
    }

    /** Starts the jar with {@code -Djboss.socket.binding.port-offset=portOffset} and {@code options}; returns once ready. */
    static BootableJar start(int portOffset, String... options) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("gateway.bootable.jar", "target/recording-policy-gateway-bootable.jar"))
                .toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "run `mvn package` first: " + jar + " is missing");
        BootableJar server = new BootableJar(portOffset, Files.createTempDirectory("gateway-jar-it"));
        assertTrue(!server.listening(), "something already listens on 127.0.0.1:" + server.httpPort + "; stop it first");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx384m", "-jar", jar.toString(), "-Djboss.socket.binding.port-offset=" + portOffset));
        command.addAll(List.of(options));
        server.process = new ProcessBuilder(command).directory(server.workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(server.log.toFile()).start();
        server.awaitReady();
        return server;
    }

    URL base() {
        try {
            return URI.create("http://127.0.0.1:" + httpPort + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    Path workDir() {
        return workDir;
    }

    String log() {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the gateway exited with " + process.exitValue() + " before it was ready:\n" + tail());
            }
            if (ready()) {
                return;
            }
            Thread.sleep(500);
        }
        fail("the gateway was not ready within " + STARTUP + ":\n" + tail());
    }

    /** The management port's readiness, which reports the deployment too. */
    private boolean ready() {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (httpPort + 1910) + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", httpPort), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String tail() {
        String text = log();
        return text.length() <= 12_000 ? text : "...\n" + text.substring(text.length() - 12_000);
    }

    /** SIGTERM, and SIGKILL only if that does not end it in time; then the working directory goes. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
            }
        }
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
