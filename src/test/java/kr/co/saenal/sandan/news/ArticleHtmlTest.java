package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The body policy keeps the editor's photos with captions, and nothing that was slipped in beside them. */
class ArticleHtmlTest {

    private static final String PHOTO = "<figure><img src=\"/media/7?w&#61;960\" alt=\"남동산단 전경\" width=\"1200\" "
            + "height=\"675\" /><figcaption>남동국가산업단지 전경 (사진: 산단정보)</figcaption></figure>";

    @Test
    void aPhotoWithItsCaptionIsKeptAsTheEditorWroteIt() {
        assertEquals(
                "<p>앞 문단</p>" + PHOTO + "<p>뒤 문단</p>", ArticleHtml.sanitize("<p>앞 문단</p>" + PHOTO + "<p>뒤 문단</p>"));
    }

    @Test
    void whatTheEditorAddsAroundThePhotoIsStripped() {
        String dirty = "<figure contenteditable=\"false\" class=\"ql-align-center evil\" style=\"position:fixed\" "
                + "onclick=\"steal()\" id=\"x\" data-id=\"7\"><img src=\"/media/7?w=960\" alt=\"남동산단 전경\" "
                + "width=\"1200\" height=\"675\" onerror=\"steal()\" srcset=\"https://evil.example/x.png 2x\" "
                + "style=\"width:9999px\" loading=\"eager\" data-x=\"1\" /><figcaption onmouseover=\"steal()\" "
                + "style=\"color:red\">남동국가산업단지 전경 (사진: 산단정보)<script>steal()</script></figcaption>"
                + "<iframe src=\"https://evil.example/\"></iframe></figure>";
        String clean = ArticleHtml.sanitize(dirty);
        assertEquals(PHOTO, clean);
        for (String gone : new String[] {
            "contenteditable",
            "style",
            "onclick",
            "onerror",
            "onmouseover",
            "srcset",
            "loading",
            "data-",
            "id=",
            "class",
            "script",
            "iframe",
            "evil"
        }) {
            assertFalse(clean.contains(gone), () -> gone + " survived: " + clean);
        }
    }

    @Test
    void photosComeOnlyFromTheLibraryOrHttps() {
        assertEquals(
                "<figure><img alt=\"a\" /><figcaption>b</figcaption></figure>",
                ArticleHtml.sanitize(
                        "<figure><img src=\"javascript:alert(1)\" alt=\"a\"><figcaption>b</figcaption></figure>"));
        assertEquals(
                "<figure><figcaption>b</figcaption></figure>",
                ArticleHtml.sanitize(
                        "<figure><img src=\"data:image/png;base64,AAAA\"><figcaption>b</figcaption></figure>"));
        assertTrue(ArticleHtml.sanitize("<figure><img src=\"/media/3\" alt=\"a\"></figure>")
                .contains("src=\"/media/3\""));
    }

    @Test
    void onlyTheFigureClassesOfThePolicyStay() {
        assertEquals(
                "<figure class=\"wide\"><img src=\"/media/7\" alt=\"a\" /></figure>",
                ArticleHtml.sanitize("<figure class=\"wide\"><img src=\"/media/7\" alt=\"a\"></figure>"));
    }
}
