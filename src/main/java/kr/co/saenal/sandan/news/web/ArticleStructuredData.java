package kr.co.saenal.sandan.news.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import kr.co.saenal.sandan.news.NewsArticle;
import kr.co.saenal.sandan.platform.Jsons;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;

/**
 * schema.org JSON-LD for an article page: the {@code NewsArticle} and its {@code BreadcrumbList} (홈 › category ›
 * article), built with JSON-P and made safe to stand inside a {@code <script type="application/ld+json">}
 * element ({@link #scriptText}).
 *
 * @param base the site's absolute address ({@link kr.co.saenal.sandan.site.SiteAddress})
 * @param publisher the company's name
 */
record ArticleStructuredData(NewsArticle article, String base, String publisher) {

    JsonObject newsArticle() {
        String url = base + article.getPath();
        JsonObjectBuilder json = Jsons.PROVIDER
                .createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add(
                        "mainEntityOfPage",
                        Jsons.PROVIDER
                                .createObjectBuilder()
                                .add("@type", "WebPage")
                                .add("@id", url))
                .add("url", url)
                .add("headline", article.title())
                .add("description", article.summary())
                .add("inLanguage", "ko-KR")
                .add("articleSection", article.categoryName())
                .add("datePublished", KoreanTime.iso(article.publishedAt()))
                .add("dateModified", KoreanTime.iso(article.lastModified()))
                .add(
                        "author",
                        Jsons.PROVIDER
                                .createObjectBuilder()
                                .add("@type", "Person")
                                .add("name", article.authorName()))
                .add(
                        "publisher",
                        Jsons.PROVIDER
                                .createObjectBuilder()
                                .add("@type", "Organization")
                                .add("name", publisher)
                                .add("url", base + "/")
                                .add(
                                        "logo",
                                        Jsons.PROVIDER
                                                .createObjectBuilder()
                                                .add("@type", "ImageObject")
                                                .add("url", base + "/resources/sandan/img/mark.svg")));
        if (article.coverImageId() != null) {
            json.add("image", Jsons.PROVIDER.createArrayBuilder().add(coverUrl()));
        }
        return json.build();
    }

    JsonObject breadcrumbs() {
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "BreadcrumbList")
                .add(
                        "itemListElement",
                        Jsons.PROVIDER
                                .createArrayBuilder()
                                .add(crumb(
                                        1,
                                        Texts.say(ArticleStructuredData.class, "web.structuredData.home"),
                                        base + "/"))
                                .add(crumb(
                                        2, article.categoryName(), base + "/news?category=" + article.categorySlug()))
                                .add(crumb(3, article.title(), base + article.getPath())))
                .build();
    }

    /** The cover's 960-pixel copy, absolute: for OpenGraph, Twitter and JSON-LD alike. */
    String coverUrl() {
        return base + "/media/" + article.coverImageId() + "?w=960";
    }

    private static JsonObject crumb(int position, String name, String url) {
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("@type", "ListItem")
                .add("position", position)
                .add("name", name)
                .add("item", url)
                .build();
    }

    /**
     * JSON as the text of a script element. JSON-P escapes quotes and backslashes but not {@code <}, so a title
     * such as {@code </script><script>…} would end the element early; {@code <}, {@code >} and {@code &} are
     * written as {@code \u003c}, {@code \u003e} and {@code \u0026} instead, which JSON reads back unchanged (they
     * can only occur inside strings).
     */
    static String scriptText(JsonObject json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
