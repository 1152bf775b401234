package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the sitemap lists of the directory: the list ({@code /complexes}), each 시도's page that has complexes, and
 * every complex of the newest statistics quarter; {@code lastModified} is when that quarter was imported
 * ({@code null}, and no addresses, before any import).
 */
public record DirectorySitemap(Instant lastModified, List<String> paths) implements Serializable {

    public DirectorySitemap {
        paths = List.copyOf(paths);
    }
}
