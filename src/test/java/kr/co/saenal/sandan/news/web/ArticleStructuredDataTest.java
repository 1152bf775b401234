package kr.co.saenal.sandan.news.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import kr.co.saenal.sandan.news.NewsArticle;
import org.junit.jupiter.api.Test;

class ArticleStructuredDataTest {

    private static final String TITLE = "</script><script>alert(1)</script> & \"인용\" \u2028";

    @Test
    void aHostileTitleCannotEndTheScriptElementAndReadsBackUnchanged() {
        NewsArticle article = new NewsArticle(
                7,
                TITLE,
                "post",
                "요약 <b>",
                "<p>본문</p>",
                "policy",
                "정책·공모사업",
                Instant.parse("2026-11-26T00:00:00Z"),
                "편집팀",
                3,
                12L,
                "사진",
                null,
                null,
                null,
                Instant.parse("2026-11-27T01:30:00Z"));
        ArticleStructuredData data = new ArticleStructuredData(article, "https://sandan.example", "새날드림");

        String text = ArticleStructuredData.scriptText(data.newsArticle());
        assertFalse(text.contains("<"), text);
        assertFalse(text.contains(">"), text);
        JsonObject json = Json.createReader(new StringReader(text)).readObject();
        assertEquals(TITLE, json.getString("headline"));
        assertEquals("2026-11-26T09:00:00+09:00", json.getString("datePublished"));
        assertEquals("2026-11-27T10:30:00+09:00", json.getString("dateModified"));
        assertEquals(
                "https://sandan.example/media/12?w=960",
                json.getJsonArray("image").getString(0));
        assertEquals(
                "https://sandan.example/news/7/post",
                json.getJsonObject("mainEntityOfPage").getString("@id"));
        assertEquals(3, data.breadcrumbs().getJsonArray("itemListElement").size());
    }
}
