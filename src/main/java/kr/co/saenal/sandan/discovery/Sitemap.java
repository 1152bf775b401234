package kr.co.saenal.sandan.discovery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.co.saenal.sandan.complex.DirectorySitemap;
import kr.co.saenal.sandan.news.CategoryView;
import kr.co.saenal.sandan.news.SitemapEntry;
import kr.co.saenal.sandan.platform.KoreanTime;

/**
 * The sitemap (sitemaps.org 0.9): the home page, the news list, each category's list and the consultation page,
 * then every published post with the time it last changed, then the directory of industrial complexes (its list,
 * each 시도's page, each complex) with the time its quarter was imported. The lists' {@code lastmod} is that of
 * their newest post.
 */
record Sitemap(String base, List<CategoryView> categories, List<SitemapEntry> posts, DirectorySitemap directory) {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static final String CONTENT_TYPE = "application/xml; charset=UTF-8";

    /** The newest change on the site, or {@code null} when nothing is published. */
    Instant lastModified() {
        return Stream.concat(
                        posts.stream().map(SitemapEntry::lastModified), Stream.ofNullable(directory.lastModified()))
                .max(Instant::compareTo)
                .orElse(null);
    }

    byte[] toXml() {
        Map<String, Instant> newestByCategory = posts.stream()
                .collect(Collectors.toMap(
                        SitemapEntry::categorySlug,
                        SitemapEntry::lastModified,
                        BinaryOperator.maxBy(Instant::compareTo)));
        Optional<Instant> newest =
                posts.stream().map(SitemapEntry::lastModified).max(Instant::compareTo);
        XmlDocument xml = new XmlDocument().start(NAMESPACE, "urlset");
        url(xml, "/", newest);
        url(xml, "/news", newest);
        for (CategoryView category : categories) {
            url(
                    xml,
                    "/news?category=" + URLEncoder.encode(category.slug(), StandardCharsets.UTF_8),
                    Optional.ofNullable(newestByCategory.get(category.slug())));
        }
        url(xml, "/consult", Optional.empty());
        for (SitemapEntry post : posts) {
            url(xml, post.path(), Optional.of(post.lastModified()));
        }
        for (String path : directory.paths()) {
            url(xml, path, Optional.ofNullable(directory.lastModified()));
        }
        return xml.end().finish();
    }

    private void url(XmlDocument xml, String path, Optional<Instant> lastModified) {
        xml.start("url").element("loc", base + path);
        lastModified.ifPresent(at -> xml.element("lastmod", KoreanTime.iso(at)));
        xml.end();
    }
}
