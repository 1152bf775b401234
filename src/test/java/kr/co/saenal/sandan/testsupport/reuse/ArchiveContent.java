package kr.co.saenal.sandan.testsupport.reuse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * What an archive holds, entry by entry: the SHA-256 of each entry's bytes by path. A nested archive (a library
 * Arquillian adds) counts by its own entries, not by its zip, whose timestamps change with every export.
 */
final class ArchiveContent {

    private final Map<String, String> digests;

    private ArchiveContent(Map<String, String> digests) {
        this.digests = digests;
    }

    static ArchiveContent of(Archive<?> archive) {
        Map<String, String> digests = new TreeMap<>();
        collect("", archive, digests);
        return new ArchiveContent(digests);
    }

    private static void collect(String prefix, Archive<?> archive, Map<String, String> digests) {
        for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
            Asset asset = entry.getValue().getAsset();
            String path = prefix + entry.getKey().get();
            if (asset instanceof ArchiveAsset nested) {
                collect(path + "!", nested.getArchive(), digests);
            } else if (asset != null) {
                digests.put(path, sha256(bytesOf(path, asset)));
            }
        }
    }

    /**
     * The entry's bytes; for a properties file without its comment lines, which say nothing but may carry the time it
     * was written (WildFly's Arquillian adds such a file to every deployment).
     */
    private static byte[] bytesOf(String path, Asset asset) {
        byte[] bytes;
        try (InputStream in = asset.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!path.endsWith(".properties")) {
            return bytes;
        }
        String meaningful = new String(bytes, StandardCharsets.ISO_8859_1)
                .lines()
                .filter(line -> !line.startsWith("#"))
                .collect(Collectors.joining("\n"));
        return meaningful.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The paths that differ from {@code other} (a few of them), to say why an archive is deployed afresh. */
    String differenceTo(ArchiveContent other) {
        TreeSet<String> paths = new TreeSet<>(digests.keySet());
        paths.addAll(other.digests.keySet());
        List<String> differing = new ArrayList<>();
        for (String path : paths) {
            if (!Objects.equals(digests.get(path), other.digests.get(path))) {
                differing.add(path);
            }
        }
        int shown = Math.min(differing.size(), 5);
        return differing.size() + " entries differ, e.g. " + differing.subList(0, shown);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArchiveContent other && digests.equals(other.digests);
    }

    @Override
    public int hashCode() {
        return digests.hashCode();
    }
}
