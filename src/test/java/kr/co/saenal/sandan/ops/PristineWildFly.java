package kr.co.saenal.sandan.ops;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kr.co.saenal.sandan.testsupport.Http;

/**
 * A WildFly 39 as it comes from its distribution (no Sandan script ever applied), unpacked afresh into a directory of
 * its own and run as a process with a port offset: the shared server IT is handed, in the tests that install Sandan
 * the way docs/deploying.md tells IT to.
 */
final class PristineWildFly implements AutoCloseable {

    private final Path home;
    private final int portOffset;
    private Process process;

    private PristineWildFly(Path home, int portOffset) {
        this.home = home;
        this.portOffset = portOffset;
    }

    /** Unpacks the distribution's zip (its one top directory becomes {@code directory}). */
    static PristineWildFly unpack(Path distribution, Path directory, int portOffset) throws IOException {
        deleteTree(directory);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(distribution))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                Path target =
                        directory.resolve(name.substring(name.indexOf('/') + 1)).normalize();
                if (!target.startsWith(directory)) {
                    throw new IOException("Entry outside the distribution: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    if (name.endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
        return new PristineWildFly(directory, portOffset);
    }

    Path home() {
        return home;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + (8080 + portOffset);
    }

    String controller() {
        return "127.0.0.1:" + (9990 + portOffset);
    }

    /** Starts the server with this environment added to the test's (less the names in {@code unset}). */
    void start(Map<String, String> environment, List<String> unset, Duration timeout) throws IOException {
        if (answers(URI.create("http://" + controller() + "/health/ready"))) {
            throw new IllegalStateException("Another server already listens on " + controller());
        }
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/standalone.sh").toString(),
                        "-Djboss.socket.binding.port-offset=" + portOffset,
                        // a loaded test machine may take longer than the default 5 minutes to deploy Sandan
                        "-Djboss.as.management.blocking.timeout=1200")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("console.log").toFile()));
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().keySet().removeAll(unset);
        builder.environment().putAll(environment);
        process = builder.start();
        awaitReady(timeout);
    }

    /**
     * Waits until the management port's readiness check answers 200: the server runs and every deployment is up.
     */
    void awaitReady(Duration timeout) {
        HttpClient client =
                Http.clientBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://" + controller() + "/health/ready");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException("WildFly " + home + " is gone; see its console.log");
            }
            try {
                HttpResponse<Void> reply = client.send(
                        HttpRequest.newBuilder(ready)
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
            pause();
        }
        throw new IllegalStateException("WildFly " + home + " was not ready within " + timeout);
    }

    private static boolean answers(URI address) {
        try {
            Http.clientBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build()
                    .send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException nothingThere) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs a command as IT types it, from the checkout's directory, with JBOSS_HOME set; returns what it printed.
     * Fails when the command does.
     */
    String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().putAll(environment);
        Process running = builder.start();
        String output;
        try (InputStream out = running.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!running.waitFor(10, TimeUnit.MINUTES) || running.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }

    /** jboss-cli.sh connected to this server, with these arguments; returns what it printed. */
    String cli(String... arguments) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(
                List.of(home.resolve("bin/jboss-cli.sh").toString(), "--connect", "--controller=" + controller()));
        line.addAll(List.of(arguments));
        return run(Map.of(), line.toArray(String[]::new));
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
