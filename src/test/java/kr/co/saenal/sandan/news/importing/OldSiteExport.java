package kr.co.saenal.sandan.news.importing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Export files of an old WordPress site shaped like the demo posts: Korean titles and slugs (percent-encoded in
 * links, lower case, as WordPress writes them), bodies with scripts and event handlers that must not survive,
 * pictures on an address the test serves, categories of which one Sandan does not have.
 */
public final class OldSiteExport {

    static final String HOST = "old-sandan.example";
    static final String OLD = "http://" + HOST;
    static final String MARK = "옛사이트";
    static final String[] TOPICS = {
        "인천 산업단지 대개조 첫해 구조고도화 본격 착수", "남동산단 스마트 관제센터 문 열어", "소부장 희소금속 특화단지 지정", "산업단지 아름다운 거리 조성 사업", "녹색 산업단지 전환 지원 공모"
    };
    /** The old site's categories: slug and name (industry-news has no counterpart in Sandan). */
    static final String[][] CATEGORIES = {{"policy", "정책·공모사업"}, {"development", "개발·조성"}, {"industry-news", "산업 뉴스"}};

    private OldSiteExport() {}

    /** One post of the export as the test knows it. */
    public record Post(
            int number, String title, String slug, String link, String guid, boolean published, String picture) {

        String linkPath() {
            return link.substring(OLD.length());
        }
    }

    static String title(String run, int n) {
        return MARK + " " + run + " " + n + "호: " + TOPICS[n % TOPICS.length];
    }

    /** Lower-case percent-encoding, as WordPress writes a Korean slug in post_name and links. */
    static String wordpressEncoded(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }

    public static List<Post> posts(String run, int count, String pictures, String unreachable, int unreachableAt) {
        List<Post> posts = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String slug = run.toLowerCase(Locale.ROOT) + "-" + n + "-" + TOPICS[n % TOPICS.length].replace(' ', '-');
            String link = OLD + "/2025/03/" + wordpressEncoded(slug) + "/";
            String picture =
                    n == unreachableAt ? unreachable : pictures + "/uploads/2025/03/" + run + "-사진-" + n + ".png";
            posts.add(new Post(
                    n, title(run, n), slug, link, OLD + "/?p=" + (run.hashCode() & 0xffff) + n, n % 10 != 0, picture));
        }
        return posts;
    }

    /** A WXR 1.2 file: the posts, a page and an attachment (not posts), comments on the first post (two approved, spam). */
    public static String wxr(List<Post> posts) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0"
                  xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                  xmlns:content="http://purl.org/rss/1.0/modules/content/"
                  xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                  xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                  <title>산단정보 (예전 사이트)</title>
                  <link>%s</link>
                  <language>ko-KR</language>
                  <wp:wxr_version>1.2</wp:wxr_version>
                  <wp:base_site_url>%s</wp:base_site_url>
                  <wp:base_blog_url>%s</wp:base_blog_url>
                  <wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[reporter]]></wp:author_login><wp:author_display_name><![CDATA[김산단 기자]]></wp:author_display_name></wp:author>
                """.formatted(OLD, OLD, OLD));
        for (String[] c : CATEGORIES) {
            xml.append("  <wp:category><wp:term_id>1</wp:term_id><wp:category_nicename><![CDATA[")
                    .append(c[0])
                    .append("]]></wp:category_nicename><wp:cat_name><![CDATA[")
                    .append(c[1])
                    .append("]]></wp:cat_name></wp:category>\n");
        }
        for (Post post : posts) {
            String[] category = CATEGORIES[post.number() % CATEGORIES.length];
            xml.append("<item>\n<title><![CDATA[")
                    .append(post.title())
                    .append("]]></title>\n<link>")
                    .append(post.link())
                    .append("</link>\n<pubDate>Mon, 10 Mar 2025 01:00:00 +0000</pubDate>\n")
                    .append("<dc:creator><![CDATA[reporter]]></dc:creator>\n<guid isPermaLink=\"false\">")
                    .append(post.guid())
                    .append("</guid>\n<description></description>\n<content:encoded><![CDATA[")
                    .append(body(post))
                    .append("]]></content:encoded>\n<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n")
                    .append("<wp:post_id>")
                    .append(1000 + post.number())
                    .append("</wp:post_id>\n<wp:post_date><![CDATA[2025-03-10 10:00:00]]></wp:post_date>\n")
                    .append("<wp:post_date_gmt><![CDATA[2025-03-")
                    .append(String.format("%02d", 1 + post.number() % 28))
                    .append(" 01:00:00]]></wp:post_date_gmt>\n<wp:post_name><![CDATA[")
                    .append(wordpressEncoded(post.slug()))
                    .append("]]></wp:post_name>\n<wp:status><![CDATA[")
                    .append(post.published() ? "publish" : "draft")
                    .append("]]></wp:status>\n<wp:post_type><![CDATA[post]]></wp:post_type>\n")
                    .append("<category domain=\"category\" nicename=\"")
                    .append(category[0])
                    .append("\"><![CDATA[")
                    .append(category[1])
                    .append(
                            "]]></category>\n<category domain=\"post_tag\" nicename=\"tag\"><![CDATA[태그]]></category>\n");
            if (post.number() == 1) {
                xml.append(comment("박독자", "<p>좋은 정보 감사합니다. <a href=\"http://spam.example\">링크</a></p>", "1"))
                        .append(comment("이입주", "구조고도화 신청은 언제까지인가요?", "1"))
                        .append(comment("광고봇", "싼 대출 http://spam.example", "spam"));
            }
            xml.append("</item>\n");
        }
        xml.append("""
                <item><title>회사 소개</title><link>%s/about/</link><guid isPermaLink="false">%s/?page_id=2</guid>
                <content:encoded><![CDATA[<p>페이지입니다.</p>]]></content:encoded><wp:post_type><![CDATA[page]]></wp:post_type><wp:status>publish</wp:status></item>
                <item><title>사진 첨부</title><link>%s/attachment/1/</link><guid isPermaLink="false">%s/wp-content/uploads/1.png</guid>
                <wp:post_type><![CDATA[attachment]]></wp:post_type><wp:status>inherit</wp:status></item>
                </channel>
                </rss>
                """.formatted(OLD, OLD, OLD, OLD));
        return xml.toString();
    }

    /** The body of a post: text, a script, an event handler, a javascript: link and the post's picture. */
    static String body(Post post) {
        return "<p>남동국가산업단지를 거점으로 한 <strong>구조고도화</strong> 사업 " + post.number() + "번째 소식입니다.</p>"
                + "<script>alert('old-site')</script>"
                + "<p onclick=\"steal()\" onmouseover=\"steal()\">국비 693억 원을 포함한 첫해 예산이 확정되었습니다.</p>"
                + "<p><a href=\"javascript:steal()\">자세히</a></p>"
                + "<figure><img src=\"" + post.picture() + "\" alt=\"" + post.title() + " 현장 사진\" onerror=\"steal()\""
                + " srcset=\"" + post.picture() + " 640w\"><figcaption>현장 사진</figcaption></figure>";
    }

    private static String comment(String author, String text, String approved) {
        return "<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author><![CDATA[" + author
                + "]]></wp:comment_author><wp:comment_date><![CDATA[2025-03-11 09:00:00]]></wp:comment_date>"
                + "<wp:comment_date_gmt><![CDATA[2025-03-11 00:00:00]]></wp:comment_date_gmt><wp:comment_content><![CDATA["
                + text + "]]></wp:comment_content><wp:comment_approved><![CDATA[" + approved
                + "]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type></wp:comment>\n";
    }

    /** A plain RSS 2.0 feed of three posts (no WordPress elements), bylines as RSS writes them. */
    static String rss(String run) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>옛 뉴스레터</title><link>http://old-news.example/</link><description>예전 소식</description>
                """);
        for (int n = 1; n <= 3; n++) {
            xml.append("<item><title>")
                    .append(MARK)
                    .append(" ")
                    .append(run)
                    .append(" RSS ")
                    .append(n)
                    .append("</title><link>http://old-news.example/board/view/")
                    .append(run)
                    .append("-")
                    .append(n)
                    .append("</link><guid>http://old-news.example/board/view/")
                    .append(run)
                    .append("-")
                    .append(n)
                    .append("</guid><pubDate>Tue, 04 Mar 2025 09:30:00 +0900</pubDate>")
                    .append("<author>news@old-news.example (이소식 기자)</author><category>산단 소식</category>")
                    .append("<description>&lt;p&gt;산업단지 뉴스레터 ")
                    .append(n)
                    .append("호&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }
}
