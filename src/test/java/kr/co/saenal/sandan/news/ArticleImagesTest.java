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
    void aPhotoInAFigureOpensLargeThroughAPlainLinkAndKeepsItsCaption() {
        String body = ArticleHtml.sanitize("<figure><img src=\"/media/7?w=960\" alt=\"전경\" width=\"1200\" "
                + "height=\"675\"><figcaption>남동산단 전경</figcaption></figure>");
        assertEquals(
                "<figure><a class=\"figure-open\" href=\"/media/7\"><img src=\"/media/7?w&#61;960\" alt=\"전경\" "
                        + "width=\"1200\" height=\"675\" srcset=\"/media/7?w=480 480w, /media/7?w=960 960w\" sizes=\""
                        + ArticleImages.BODY_SIZES + "\" loading=\"lazy\" decoding=\"async\" />"
                        + "<span class=\"visually-hidden\">(원본 크기로 보기)</span></a>"
                        + "<figcaption>남동산단 전경</figcaption></figure>",
                ArticleImages.forReading(body));
    }

    @Test
    void aBodyWithoutPicturesIsUnchanged() {
        assertEquals("<p>본문</p>", ArticleImages.forReading("<p>본문</p>"));
    }
}
