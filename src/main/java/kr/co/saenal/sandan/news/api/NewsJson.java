package kr.co.saenal.sandan.news.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import kr.co.saenal.sandan.news.AttachmentRow;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.news.NewsPage;
import kr.co.saenal.sandan.news.NewsSummary;
import kr.co.saenal.sandan.platform.Jsons;

/** The JSON shape of the public news API, written out explicitly so that it changes only on purpose. */
final class NewsJson {

    private NewsJson() {}

    static JsonObject page(NewsPage page) {
        JsonArrayBuilder items = Jsons.PROVIDER.createArrayBuilder();
        page.items().forEach(item -> items.add(summary(item)));
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("items", items)
                .add("page", page.page())
                .add("size", page.size())
                .add("total", page.total())
                .add("totalPages", page.getTotalPages())
                .build();
    }

    static JsonObject summary(NewsSummary s) {
        return common(
                        s.id(),
                        s.title(),
                        s.slug(),
                        s.summary(),
                        s.categorySlug(),
                        s.categoryName(),
                        s.publishedAt(),
                        s.viewCount(),
                        s.getPath(),
                        s.coverImageId(),
                        s.coverAlt(),
                        null)
                .build();
    }

    static JsonObject article(NewsArticle a, List<AttachmentRow> files) {
        return common(
                        a.id(),
                        a.title(),
                        a.slug(),
                        a.summary(),
                        a.categorySlug(),
                        a.categoryName(),
                        a.publishedAt(),
                        a.viewCount(),
                        a.getPath(),
                        a.coverImageId(),
                        a.coverAlt(),
                        a.coverCaption())
                .add("bodyHtml", a.bodyHtml())
                .add("authorName", a.authorName())
                .add("attachments", attachments(files))
                .build();
    }

    /** The post's files in the article's order, each with the address readers download it from. */
    private static JsonArrayBuilder attachments(List<AttachmentRow> files) {
        JsonArrayBuilder list = Jsons.PROVIDER.createArrayBuilder();
        files.forEach(f -> list.add(Jsons.PROVIDER
                .createObjectBuilder()
                .add("fileName", f.fileName())
                .add("contentType", f.kind().contentType())
                .add("size", f.byteSize())
                .add("downloads", f.downloads())
                .add("url", f.getPath())));
        return list;
    }

    private static JsonObjectBuilder common(
            long id,
            String title,
            String slug,
            String summary,
            String categorySlug,
            String categoryName,
            Instant publishedAt,
            long viewCount,
            String path,
            Long coverImageId,
            String coverAlt,
            String coverCaption) {
        JsonObjectBuilder json = Jsons.PROVIDER
                .createObjectBuilder()
                .add("id", id)
                .add("title", title)
                .add("slug", slug)
                .add("summary", summary)
                .add(
                        "category",
                        Jsons.PROVIDER
                                .createObjectBuilder()
                                .add("slug", categorySlug)
                                .add("name", categoryName))
                .add("publishedAt", publishedAt.toString())
                .add("viewCount", viewCount)
                .add("path", path);
        if (coverImageId != null) {
            json.add("coverImage", image(coverImageId, coverAlt, coverCaption));
        }
        return json;
    }

    private static JsonObject image(long id, String alt, String caption) {
        JsonObjectBuilder json =
                Jsons.PROVIDER.createObjectBuilder().add("url", "/media/" + id).add("alt", alt);
        if (caption != null) {
            json.add("caption", caption);
        }
        return json.build();
    }
}
