package kr.co.saenal.sandan.news.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import kr.co.saenal.sandan.media.ImageLibrary;
import kr.co.saenal.sandan.media.LibraryImage;
import kr.co.saenal.sandan.news.ArticleHtml;
import kr.co.saenal.sandan.news.Category;
import kr.co.saenal.sandan.news.CategoryRepository;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.NewsRepository;
import kr.co.saenal.sandan.platform.Jsons;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * Fills an empty database with the demo news (src/main/resources/demo). It never touches a database that
 * already holds news or categories, and it takes a lock first, so that two cluster nodes starting together
 * cannot both load it.
 */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class.getName());

    @Inject
    SettingRepository settings;

    @Inject
    NewsRepository news;

    @Inject
    CategoryRepository categories;

    @Inject
    ImageLibrary library;

    @Inject
    Clock clock;

    /** @return whether demo content was loaded */
    @Transactional
    public boolean loadIfEmpty() {
        settings.lockForStartup(); // two nodes starting together load it once
        if (categories.count() > 0 || news.countAll() > 0) {
            LOG.fine("Database already has content; demo content not loaded");
            return false;
        }
        JsonObject demo = readJson("demo/posts.json");
        Instant now = clock.instant();
        Map<String, Category> bySlug = new HashMap<>();
        int position = 0;
        for (JsonObject c : demo.getJsonArray("categories").getValuesAs(JsonObject.class)) {
            Category category = new Category(c.getString("slug"), c.getString("name"), ++position);
            categories.add(category);
            bySlug.put(category.getSlug(), category);
        }
        // the byline names the company as every other page does: one name, from the settings
        String author = Texts.format(
                DemoContentLoader.class,
                java.util.Locale.KOREAN,
                "demo.author",
                settings.all().getOrDefault("company.name", ""));
        for (JsonObject p : demo.getJsonArray("posts").getValuesAs(JsonObject.class)) {
            NewsPost post = new NewsPost(
                    p.getString("title"),
                    p.getString("summary"),
                    withPhotos(readText("demo/posts/" + p.getString("file")), p, author),
                    bySlug.get(p.getString("category")),
                    author,
                    now);
            post.publish(now.minus(Duration.ofHours(p.getInt("hoursAgo"))));
            if (p.containsKey("cover")) {
                // through the library, like any upload: same checks, and the list variants are made too
                LibraryImage cover = library.upload(
                        p.getString("cover") + ".png",
                        DemoIllustrations.draw(p.getString("cover")),
                        p.getString("alt"),
                        p.getString("caption"),
                        author);
                post.setCover(cover.id(), p.getString("caption"));
            }
            news.add(post);
        }
        LOG.info(() -> "Loaded demo content: " + bySlug.size() + " categories, "
                + demo.getJsonArray("posts").size() + " posts");
        return true;
    }

    /**
     * Puts the post's photos into its body where it says {@code <!-- photo:N -->}: each uploaded to the library and
     * shown as the editor's photo button writes it (a figure with the 960 variant, its size and its caption).
     */
    private String withPhotos(String body, JsonObject post, String author) {
        if (!post.containsKey("photos")) {
            return body;
        }
        int n = 0;
        for (JsonObject photo : post.getJsonArray("photos").getValuesAs(JsonObject.class)) {
            LibraryImage image = library.upload(
                    photo.getString("picture") + ".png",
                    DemoIllustrations.draw(photo.getString("picture")),
                    photo.getString("alt"),
                    photo.getString("caption"),
                    author);
            String figure = "<figure><img src=\"" + image.url(960) + "\" alt=\"" + photo.getString("alt")
                    + "\" width=\""
                    + image.width() + "\" height=\"" + image.height() + "\"><figcaption>" + photo.getString("caption")
                    + "</figcaption></figure>";
            body = body.replace("<!-- photo:" + ++n + " -->", figure);
        }
        return ArticleHtml.sanitize(body); // as every body is stored (the texts above are ours, but one rule for all)
    }

    private static JsonObject readJson(String resource) {
        try (JsonReader reader = Jsons.PROVIDER.createReader(new java.io.StringReader(readText(resource)))) {
            return reader.readObject();
        }
    }

    private static String readText(String resource) {
        try (InputStream in = DemoContentLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
