package kr.co.saenal.sandan.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * After a test run, looks through every log the servers wrote for what the tests' requesters gave: phone numbers and
 * e-mail addresses. Logs go to people and systems that must not see personal data (개인정보보호법), so one is enough
 * to fail the build; the addresses of the site itself (sender, staff mailbox) are not personal and may appear.
 *
 * <p>Run by the build after the integration tests ({@code exec:java}, phase post-integration-test):
 * {@code LogPrivacy <log directory>... [--allow address]...}.
 */
public final class LogPrivacy {

    /**
     * Korean mobile and land-line numbers, with or without hyphens, not inside a longer run of digits or letters (a
     * timer's UUID "…-04522973311f" in WFLYEJB0043) and not after a decimal point: Infinispan logs instants to the
     * nanosecond ("…T19:31:42.020745403Z").
     */
    static final Pattern PHONE =
            Pattern.compile("(?<![0-9A-Za-z.])0(?:1[016789]|2|[3-6][1-5])-?[0-9]{3,4}-?[0-9]{4}(?![0-9A-Za-z])");

    /** An address whose domain's labels start with a letter: "module@2.3.23.Final" in a stack trace is no address. */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@(?:[A-Za-z][A-Za-z0-9-]*\\.)+[A-Za-z]{2,}");

    private LogPrivacy() {}

    public static void main(String[] args) throws IOException {
        List<Path> directories = new ArrayList<>();
        List<String> allowed = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--allow")) {
                allowed.add(args[++i].toLowerCase());
            } else {
                directories.add(Path.of(args[i]));
            }
        }
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> logs = Files.walk(directory)) {
                for (Path log : logs.filter(LogPrivacy::isLog).toList()) {
                    files++;
                    found.addAll(personalDataIn(log, Set.copyOf(allowed)));
                }
            }
        }
        if (files == 0) {
            System.out.println("No server log in " + directories + " (no integration test ran): nothing to check");
            return;
        }
        if (!found.isEmpty()) {
            System.err.println("Personal data in the server logs:");
            found.stream().limit(50).forEach(f -> System.err.println("  " + f));
            throw new IllegalStateException(found.size() + " phone numbers or e-mail addresses in the server logs");
        }
        System.out.println("No phone number or e-mail address in " + files + " log files of " + directories);
    }

    static List<String> personalDataIn(Path log, Set<String> allowed) throws IOException {
        List<String> found = new ArrayList<>();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            for (String value : personalData(lines.get(n), allowed)) {
                found.add(log + ":" + (n + 1) + ": " + masked(value));
            }
        }
        return found;
    }

    static List<String> personalData(String line, Set<String> allowed) {
        List<String> values = new ArrayList<>();
        Matcher phone = PHONE.matcher(line);
        while (phone.find()) {
            values.add(phone.group());
        }
        Matcher email = EMAIL.matcher(line);
        while (email.find()) {
            if (!allowed.contains(email.group().toLowerCase())) {
                values.add(email.group());
            }
        }
        return values;
    }

    /** The report names where, not what: a build log is no place for the values either. */
    static String masked(String value) {
        return value.substring(0, Math.min(3, value.length())) + "…(" + value.length() + " characters)";
    }

    private static boolean isLog(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && (name.endsWith(".log") || name.matches(".*\\.log\\.[0-9-]+"));
    }
}
