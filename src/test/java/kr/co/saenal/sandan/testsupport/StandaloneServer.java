package kr.co.saenal.sandan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A WildFly of the build's own ({@code target/wildfly}, configured by {@code wildfly-config/}) started as a process
 * of its own with the WAR, for tests that must do to a server what Arquillian cannot: kill it with SIGKILL and start
 * it again. Each server has its own base directory under {@code target/servers/NAME} and its own port offset.
 */
public final class StandaloneServer implements AutoCloseable {

    private final Path home =
            Path.of(System.getProperty("jboss.home", "target/wildfly")).toAbsolutePath();
    private final Path base;
    private final int portOffset;
    private final Map<String, String> environment;
    private final Set<String> unset = new HashSet<>();
    private Process process;

    private StandaloneServer(Path base, int portOffset, Map<String, String> environment) {
        this.base = base;
        this.portOffset = portOffset;
        this.environment = Map.copyOf(environment);
    }

    /** A fresh base directory with the build's configuration and the WAR in its deployments. */
    public static StandaloneServer prepare(String name, int portOffset, Map<String, String> environment) {
        StandaloneServer server =
                new StandaloneServer(Path.of("target/servers", name).toAbsolutePath(), portOffset, environment);
        try {
            deleteTree(server.base);
            copyTree(server.home.resolve("standalone/configuration"), server.base.resolve("configuration"));
            withoutManagedDeployments(server.base.resolve("configuration/standalone.xml"));
            Files.createDirectories(server.base.resolve("deployments"));
            Files.copy(
                    Path.of(System.getProperty("sandan.war", "target/sandan.war")),
                    server.base.resolve("deployments/sandan.war"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    /** Leaves these variables out of the server's environment, though the test's own has them (failsafe sets them). */
    public StandaloneServer without(String... variables) {
        unset.addAll(List.of(variables));
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + portOffset);
    }

    /** Starts the server and waits until the application answers. */
    public void start(Duration timeout) {
        try {
            Files.deleteIfExists(base.resolve("deployments/sandan.war.failed"));
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            home.resolve("bin/standalone.sh").toString(),
                            "-Djboss.server.base.dir=" + base,
                            "-Djboss.socket.binding.port-offset=" + portOffset))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            base.resolve("console.log").toFile()));
            builder.environment().put("JBOSS_HOME", home.toString());
            builder.environment().putAll(environment);
            builder.environment().keySet().removeAll(unset);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient client =
                Http.clientBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive() || Files.exists(base.resolve("deployments/sandan.war.failed"))) {
                throw new IllegalStateException("Server " + base + " did not start; see its console.log");
            }
            try {
                HttpResponse<Void> reply = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/news?size=1"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(500);
        }
        throw new IllegalStateException("Server " + base + " did not answer within " + timeout);
    }

    /** What the server has written to its console so far (its log, from the start). */
    public String console() {
        try {
            Path log = base.resolve("console.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the console shows {@code text} (true) or the process is gone or the time is up (false). */
    public boolean awaitConsole(String text, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (console().contains(text)) {
                return true;
            }
            if (process == null || !process.isAlive()) {
                return console().contains(text);
            }
            pause(500);
        }
        return false;
    }

    /** Whether the server's process is still running. */
    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGKILL to the server's JVM (and the script that started it): no shutdown hook, no graceful anything. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
            process.toHandle().descendants().forEach(child -> child.onExit().join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        kill();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The build's server may hold the test deployment the integration tests share (it stays deployed between test
     * classes, see {@code testsupport.reuse.DeploymentReuse}); its content is not copied, so neither is its entry.
     */
    private static void withoutManagedDeployments(Path configuration) throws IOException {
        String xml = Files.readString(configuration, StandardCharsets.UTF_8);
        Files.writeString(
                configuration, xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""), StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
