package kr.co.saenal.sandan.news.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.news.NewsPage;
import kr.co.saenal.sandan.news.NewsSummary;

/** The JSON shape of the public news API, written out explicitly so that it changes only on purpose. */
final class NewsJson {

    private NewsJson() {
    }

    static JsonObject page(NewsPage page) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(item -> items.add(summary(item)));
        return Json.createObjectBuilder()
                .add("items", items)
                .add("page", page.page())
                .add("size", page.size())
                .add("total", page.total())
                .add("totalPages", page.getTotalPages())
                .build();
    }

    static JsonObject summary(NewsSummary s) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", s.id())
                .add("title", s.title())
                .add("slug", s.slug())
                .add("summary", s.summary())
                .add("category", category(s.categorySlug(), s.categoryName()))
                .add("publishedAt", iso(s.publishedAt()))
                .add("viewCount", s.viewCount())
                .add("path", s.getPath());
        if (s.coverImageId() != null) {
            json.add("coverImage", image(s.coverImageId(), s.coverAlt(), null));
        }
        return json.build();
    }

    static JsonObject article(NewsArticle a) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", a.id())
                .add("title", a.title())
                .add("slug", a.slug())
                .add("summary", a.summary())
                .add("bodyHtml", a.bodyHtml())
                .add("category", category(a.categorySlug(), a.categoryName()))
                .add("publishedAt", iso(a.publishedAt()))
                .add("authorName", a.authorName())
                .add("viewCount", a.viewCount())
                .add("path", a.getPath());
        if (a.coverImageId() != null) {
            json.add("coverImage", image(a.coverImageId(), a.coverAlt(), a.coverCaption()));
        }
        return json.build();
    }

    private static JsonObject category(String slug, String name) {
        return Json.createObjectBuilder().add("slug", slug).add("name", name).build();
    }

    private static JsonObject image(long id, String alt, String caption) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("url", "/media/" + id).add("alt", alt);
        if (caption != null) {
            json.add("caption", caption);
        }
        return json.build();
    }

    private static String iso(Instant instant) {
        return instant.toString();
    }
}
