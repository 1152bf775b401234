package kr.co.saenal.sandan.news.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import kr.co.saenal.sandan.news.OldAddress;
import org.junit.jupiter.api.Test;

/** The export files read (WXR and RSS), and those refused before anything is written: XXE, DTDs, broken XML. */
class FeedReaderTest {

    @Test
    void aWordPressExportIsReadWithItsKoreanSlugsCommentsAndStatuses() {
        List<OldSiteExport.Post> posts =
                OldSiteExport.posts("t", 10, "http://pictures.example", "http://127.0.0.1:1/x.png", 3);
        FeedFile file = FeedReader.read(OldSiteExport.wxr(posts).getBytes(StandardCharsets.UTF_8));
        assertEquals(FeedKind.WXR, file.kind());
        assertEquals(OldSiteExport.OLD, file.siteUrl());
        assertEquals(12, file.items().size());
        FeedItem first = file.items().get(0);
        assertEquals(posts.get(0).title(), first.title());
        assertEquals(posts.get(0).slug(), first.slug(), "decoded from WordPress' percent-encoding");
        assertEquals("김산단 기자", first.author(), "the display name of the login");
        assertEquals(Instant.parse("2025-03-02T01:00:00Z"), first.publishedAt());
        assertEquals(2, first.comments().size(), "spam stays behind");
        assertEquals("policy", file.items().get(2).categories().get(0).slug());
        assertEquals(1, first.categories().size(), "tags are not categories");
        assertEquals(false, file.items().get(9).published(), "a draft");
        assertEquals("page", file.items().get(10).type());
        assertEquals("attachment", file.items().get(11).type());
        assertTrue(first.body().contains("<script>"), "the body as written there; sanitized when imported");
    }

    @Test
    void anRssFeedIsReadWithBylinesFromItsAuthorElement() {
        FeedFile file = FeedReader.read(OldSiteExport.rss("x").getBytes(StandardCharsets.UTF_8));
        assertEquals(FeedKind.RSS, file.kind());
        assertEquals(3, file.items().size());
        assertEquals("이소식 기자", file.items().get(0).author());
        assertEquals(Instant.parse("2025-03-04T00:30:00Z"), file.items().get(0).publishedAt());
        assertTrue(file.items().get(0).body().startsWith("<p>산업단지 뉴스레터 1호</p>"));
        assertTrue(file.items().get(0).published());
    }

    @Test
    void externalEntitiesAndDoctypesAreRefused() {
        String[] files = {
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                    + "<rss version=\"2.0\"><channel><item><title>&xxe;</title></item></channel></rss>",
            "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:1/evil.dtd\"><rss version=\"2.0\"><channel/></rss>",
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                    + "<rss version=\"2.0\"><channel><item><title>&b;</title></item></channel></rss>"
        };
        for (String xml : files) {
            ImportRefusedException refused = assertThrows(
                    ImportRefusedException.class, () -> FeedReader.read(xml.getBytes(StandardCharsets.UTF_8)));
            assertEquals("import-dtd", refused.problemType(), xml);
        }
    }

    @Test
    void brokenAndForeignFilesAreRefusedWithWhereReadingStopped() {
        ImportRefusedException broken = assertThrows(
                ImportRefusedException.class,
                () -> FeedReader.read("<rss version=\"2.0\"><channel><item><title>열린 채</channel></rss>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("import-xml", broken.problemType());
        assertEquals("1", broken.detailArguments().get(0));
        assertEquals(
                "import-notRss",
                assertThrows(
                                ImportRefusedException.class,
                                () -> FeedReader.read("<feed/>".getBytes(StandardCharsets.UTF_8)))
                        .problemType());
        assertEquals(
                "import-empty",
                assertThrows(ImportRefusedException.class, () -> FeedReader.read(new byte[0]))
                        .problemType());
    }

    @Test
    void oldAddressesAreKeyedAsReadersAndWordPressWriteThem() {
        String key = "/2025/03/인천-산단";
        assertEquals(
                key,
                OldAddress.of("http://old.example/2025/03/%ec%9d%b8%ec%b2%9c-%ec%82%b0%eb%8b%a8/")
                        .orElseThrow());
        assertEquals(
                key,
                OldAddress.of("/2025/03/%EC%9D%B8%EC%B2%9C-%EC%82%B0%EB%8B%A8", null)
                        .orElseThrow());
        assertEquals(key, OldAddress.of("https://OLD.example/2025/03/인천-산단#top").orElseThrow());
        assertEquals("/?p=123", OldAddress.of("http://old.example/?p=123").orElseThrow());
        assertEquals("/", OldAddress.of("http://old.example").orElseThrow());
        assertEquals(
                key,
                OldAddress.of("http://old.example/2025/03/%ec%9d%b8%ec%b2%9c-%ec%82%b0%eb%8b%a8/", null)
                        .orElseThrow(),
                "a request in absolute form");
        assertTrue(OldAddress.of("mailto:a@b.c").isEmpty());
        assertTrue(OldAddress.of("relative/path").isEmpty());
        assertEquals("/a%ZZ", OldAddress.of("/a%ZZ", null).orElseThrow(), "not a percent sequence: left as it is");
        assertNull(SourceKeys.key(" "));
        assertEquals(
                SourceKeys.key("http://old.example/2025/03/%ec%9d%b8/"),
                SourceKeys.key("https://old.example/2025/03/인"));
    }
}
