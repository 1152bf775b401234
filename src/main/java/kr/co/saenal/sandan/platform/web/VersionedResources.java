package kr.co.saenal.sandan.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's own style sheet and scripts ({@code sandan/…}) are linked with a version taken from their content
 * ({@code …/site.css.xhtml?v=3f2a9c…}), so that browsers may keep them for a year ({@link VersionedResourceCaching})
 * and still fetch a changed file at once: a new file is a new address.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    static final String PREFIX = "sandan/";
    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    /**
     * The version of this server's copy of one of the site's own resources, from the web application's
     * {@code resources/} folder when no page has linked it yet since the server started.
     */
    static Optional<String> versionOf(String resourceName, ServletContext application) {
        String version = VERSIONS.get(resourceName);
        if (version != null) {
            return Optional.of(version);
        }
        InputStream content = application.getResourceAsStream("/resources/" + resourceName);
        return content == null
                ? Optional.empty()
                : Optional.of(VERSIONS.computeIfAbsent(resourceName, name -> digest(content)));
    }

    private static Resource versioned(Resource resource) {
        if (resource == null
                || resource.getLibraryName() != null
                || !resource.getResourceName().startsWith(PREFIX)) {
            return resource;
        }
        String version = VERSIONS.computeIfAbsent(resource.getResourceName(), name -> digest(open(resource)));
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    private static InputStream open(Resource resource) {
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(InputStream stream) {
        try (InputStream content = stream) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read; (read = content.read(buffer)) > 0; ) {
                sha.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
