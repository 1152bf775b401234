package kr.co.saenal.sandan.news.importing;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kr.co.saenal.sandan.news.OldAddress;
import kr.co.saenal.sandan.platform.KoreanTime;

/**
 * Reads a WordPress export (WXR 1.0–1.2) or an RSS 2.0 feed with StAX, safely: no DTD, no external entity, no
 * entity of any kind but XML's own (a file with a {@code <!DOCTYPE>} is refused, whatever it declares), a cap on
 * the number of items. Anything that is not well-formed XML, not RSS, or an RSS without items is refused with the
 * line and column where reading stopped, before anything is written.
 */
public final class FeedReader {

    /** The most items a file may hold (posts, pages, attachments and menu entries together). */
    public static final int MAX_ITEMS = 5_000;

    private static final String WP = "http://wordpress.org/export/";
    private static final String EXCERPT = "/excerpt/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private FeedReader() {}

    /** @throws ImportRefusedException when the file is not one we can read (reasons {@code xml}, {@code dtd}…) */
    public static FeedFile read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportRefusedException("empty");
        }
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new ByteArrayInputStream(content));
            return document(xml);
        } catch (XMLStreamException e) {
            var where = e.getLocation();
            throw new ImportRefusedException(
                    "xml",
                    where == null ? "?" : Integer.toString(where.getLineNumber()),
                    where == null ? "?" : Integer.toString(where.getColumnNumber()));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing more to read
                }
            }
        }
    }

    /** The JDK's own StAX, with DTDs and external entities off (the XXE-safe settings OWASP recommends). */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static FeedFile document(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ImportRefusedException("dtd");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!xml.getLocalName().equals("rss")) {
                    throw new ImportRefusedException("notRss", xml.getLocalName());
                }
                return rss(xml);
            }
        }
        throw new ImportRefusedException("notRss", "-");
    }

    private static FeedFile rss(XMLStreamReader xml) throws XMLStreamException {
        boolean wordpress = false;
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String uri = xml.getNamespaceURI(i);
            wordpress |= uri != null && uri.startsWith(WP) && !uri.contains(EXCERPT);
        }
        String siteUrl = null;
        String channelLink = null;
        Map<String, String> authors = new HashMap<>();
        List<RawItem> items = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ImportRefusedException("dtd");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            QName name = xml.getName();
            if (name.getLocalPart().equals("channel") && depth == 1) {
                depth++;
                continue;
            }
            if (depth != 2) {
                skip(xml);
                continue;
            }
            if (name.getLocalPart().equals("item") && name.getNamespaceURI().isEmpty()) {
                if (items.size() >= MAX_ITEMS) {
                    throw new ImportRefusedException("tooManyItems", MAX_ITEMS);
                }
                items.add(item(xml));
            } else if (isWp(name, "base_site_url")) {
                siteUrl = text(xml);
            } else if (isWp(name, "author")) {
                Map<String, String> author = fields(xml);
                String login = author.get("author_login");
                String display = author.get("author_display_name");
                if (login != null && display != null && !display.isBlank()) {
                    authors.put(login, display.strip());
                }
            } else if (name.getLocalPart().equals("link")
                    && name.getNamespaceURI().isEmpty()) {
                channelLink = text(xml);
            } else {
                if (name.getNamespaceURI().startsWith(WP)) {
                    wordpress = true;
                }
                skip(xml);
            }
        }
        String site = siteUrl != null && !siteUrl.isBlank() ? siteUrl.strip() : channelLink;
        List<FeedItem> read = new ArrayList<>();
        for (RawItem item : items) {
            read.add(item.toItem(wordpress, authors));
        }
        return new FeedFile(wordpress ? FeedKind.WXR : FeedKind.RSS, site, read);
    }

    /** An item's elements as read; made a {@link FeedItem} once the channel's authors are known. */
    private static final class RawItem {
        String title;
        String link;
        String guid;
        String pubDate;
        String creator;
        String rssAuthor;
        String description;
        String content;
        String excerpt;
        String postName;
        String status;
        String postType;
        String dateGmt;
        String date;
        final List<FeedCategory> categories = new ArrayList<>();
        final List<FeedComment> comments = new ArrayList<>();

        FeedItem toItem(boolean wordpress, Map<String, String> authors) {
            Instant published = wpDate(dateGmt, true);
            if (published == null) {
                published = rfc822(pubDate);
            }
            if (published == null) {
                published = wpDate(date, false);
            }
            String author = creator == null ? null : authors.getOrDefault(creator, creator);
            if (author == null || author.isBlank()) {
                author = rssAuthorName(rssAuthor);
            }
            String body = content != null && !content.isBlank() ? content : description;
            boolean isPublished = !wordpress || status == null || status.equals("publish") || status.equals("future");
            String slug = postName == null || postName.isBlank() ? null : OldAddress.clean(postName.strip());
            return new FeedItem(
                    title == null ? "" : title.strip(),
                    blankToNull(link),
                    blankToNull(guid),
                    published,
                    author,
                    body == null ? "" : body,
                    blankToNull(excerpt),
                    slug,
                    isPublished,
                    wordpress && postType != null ? postType.strip() : "post",
                    categories,
                    comments);
        }
    }

    private static RawItem item(XMLStreamReader xml) throws XMLStreamException {
        RawItem item = new RawItem();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return item;
            }
            if (event == XMLStreamConstants.DTD) {
                throw new ImportRefusedException("dtd");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            QName name = xml.getName();
            String ns = name.getNamespaceURI();
            String local = name.getLocalPart();
            if (ns.isEmpty()) {
                switch (local) {
                    case "title" -> item.title = text(xml);
                    case "link" -> item.link = text(xml);
                    case "guid" -> item.guid = text(xml);
                    case "pubDate" -> item.pubDate = text(xml);
                    case "author" -> item.rssAuthor = text(xml);
                    case "description" -> item.description = text(xml);
                    case "category" -> {
                        String domain = xml.getAttributeValue(null, "domain");
                        String nicename = xml.getAttributeValue(null, "nicename");
                        String label = text(xml).strip();
                        if ((domain == null || domain.equals("category")) && !label.isEmpty()) {
                            String slug =
                                    nicename == null || nicename.isBlank() ? label : OldAddress.clean(nicename.strip());
                            item.categories.add(new FeedCategory(slug, label));
                        }
                    }
                    default -> skip(xml);
                }
            } else if (ns.equals(CONTENT) && local.equals("encoded")) {
                item.content = text(xml);
            } else if (ns.equals(DC) && local.equals("creator")) {
                item.creator = text(xml);
            } else if (ns.startsWith(WP) && ns.contains(EXCERPT) && local.equals("encoded")) {
                item.excerpt = text(xml);
            } else if (ns.startsWith(WP)) {
                switch (local) {
                    case "post_name" -> item.postName = text(xml);
                    case "status" -> item.status = text(xml).strip();
                    case "post_type" -> item.postType = text(xml);
                    case "post_date_gmt" -> item.dateGmt = text(xml);
                    case "post_date" -> item.date = text(xml);
                    case "comment" -> comment(xml, item);
                    default -> skip(xml);
                }
            } else {
                skip(xml);
            }
        }
    }

    private static void comment(XMLStreamReader xml, RawItem item) throws XMLStreamException {
        Map<String, String> comment = fields(xml);
        String approved = comment.getOrDefault("comment_approved", "").strip();
        String type = comment.getOrDefault("comment_type", "").strip();
        if (!approved.equals("1") || !(type.isEmpty() || type.equals("comment"))) {
            return; // spam, trash, held, pingbacks and trackbacks stay behind
        }
        Instant at = wpDate(comment.get("comment_date_gmt"), true);
        if (at == null) {
            at = wpDate(comment.get("comment_date"), false);
        }
        item.comments.add(new FeedComment(
                comment.getOrDefault("comment_author", ""), comment.getOrDefault("comment_content", ""), at));
    }

    /** The text children of an element such as wp:author or wp:comment, by local name. */
    private static Map<String, String> fields(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return fields;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = xml.getLocalName();
                fields.put(local, text(xml));
            }
        }
    }

    /** The text of the current element; child elements (which these elements should not have) are passed over. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        text.append(xml.getText());
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new ImportRefusedException("dtd");
                default -> {}
            }
        }
        return text.toString();
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ImportRefusedException("dtd");
            }
        }
    }

    private static boolean isWp(QName name, String local) {
        return name.getNamespaceURI().startsWith(WP)
                && !name.getNamespaceURI().contains(EXCERPT)
                && name.getLocalPart().equals(local);
    }

    /** WordPress' {@code 2024-03-15 10:00:00}, in UTC ({@code gmt}) or in the site's time; none for 0000-00-00. */
    static Instant wpDate(String text, boolean gmt) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(text.strip(), WP_DATE);
            return gmt
                    ? local.toInstant(java.time.ZoneOffset.UTC)
                    : local.atZone(KoreanTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** RSS' RFC 822 date ({@code Tue, 15 Mar 2024 10:00:00 +0000}, also {@code GMT} or {@code KST}). */
    static Instant rfc822(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.strip().replaceAll("\\s+", " ").replace(" KST", " +0900");
        try {
            return ZonedDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** RSS' {@code <author>} is an e-mail address, often followed by the name in parentheses: the name, if any. */
    static String rssAuthorName(String author) {
        if (author == null || author.isBlank()) {
            return null;
        }
        String text = author.strip();
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (open >= 0 && close > open + 1) {
            return text.substring(open + 1, close).strip();
        }
        return text.contains("@") ? null : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
