package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleImagesTest {

    @Test
    void libraryPicturesGetTheListWidthsAndEveryPictureLoadsLazily() {
        String body = ArticleHtml.sanitize("<p>앞</p><img src=\"/media/12\" alt=\"공장\" width=\"800\" height=\"450\">"
                + "<img src=\"https://example.com/a.png\" alt=\"\">");
        assertEquals(
                "<p>앞</p><img src=\"/media/12\" alt=\"공장\" width=\"800\" height=\"450\" srcset=\"/media/12?w=480 480w, "
                        + "/media/12?w=960 960w\" sizes=\"" + ArticleImages.BODY_SIZES
                        + "\" loading=\"lazy\" decoding=\"async\" />"
                        + "<img src=\"https://example.com/a.png\" alt=\"\" loading=\"lazy\" decoding=\"async\" />",
                ArticleImages.forReading(body));
    }

    @Test
    void aBodyWithoutPicturesIsUnchanged() {
        assertEquals("<p>본문</p>", ArticleImages.forReading("<p>본문</p>"));
    }
}
