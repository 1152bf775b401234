package kr.co.saenal.sandan.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import kr.co.saenal.sandan.news.CategoryRepository;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.NewsRepository;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An editor works with the image library at /admin/news/images over real HTTP: uploads are checked by their
 * bytes, stored, served with their variants and cache headers; refusals are in Korean and store nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ImageLibraryIT {

    private static final String PAGE = "/admin/news/images";

    /** Test pictures from src/test/resources/media: name, declared type, width, variant widths, variants' type. */
    private static final List<Fixture> FIXTURES = List.of(
            new Fixture("cmyk.jpg", "image/jpeg", 1000, List.of(480, 960), "image/jpeg"),
            new Fixture("ycck.jpg", "image/jpeg", 1000, List.of(480, 960), "image/jpeg"),
            new Fixture("cmyk-no-profile.jpg", "image/jpeg", 1000, List.of(480, 960), "image/jpeg"),
            new Fixture("lossy.webp", "image/webp", 1600, List.of(480, 960), "image/jpeg"),
            new Fixture("lossless.webp", "image/webp", 1000, List.of(480, 960), "image/jpeg"),
            new Fixture("alpha.webp", "image/webp", 3000, List.of(480, 960), "image/png"),
            new Fixture("animated.webp", "image/webp", 600, List.of(), null));

    private record Fixture(String name, String type, int width, List<Integer> variantWidths, String variantType) {}

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    ImageLibrary library;

    @Inject
    ImageRepository images;

    @Inject
    NewsRepository news;

    @Inject
    CategoryRepository categories;

    @Inject
    StaffAccounts accounts;

    @Inject
    UserTransaction transaction;

    @Test
    void aPngIsStoredAndServedWithSmallerVariantsAndCacheHeaders() throws IOException {
        Http editor = admin();
        byte[] png = picture(1200, 750, "png");
        String name = "harbour-" + System.nanoTime() + ".png";
        Http.Reply uploaded = upload(editor, name, "image/png", png, "인천항 물류단지 전경", "2026년 가을 촬영");
        assertEquals(302, uploaded.status(), "back to the library, so that reloading cannot upload twice: " + uploaded);
        Http.Reply reply = editor.get(PAGE);
        assertTrue(
                reply.html().select(".message-info").text().contains("이미지를 올렸습니다"),
                reply.html().text());
        LibraryImage stored = newest(name);
        assertEquals("image/png", stored.contentType());
        assertEquals(1200, stored.width());
        assertEquals("2026년 가을 촬영", stored.caption());
        assertEquals(Staff.ADMIN, stored.uploadedBy());
        assertTrue(reply.html()
                .select("li[data-image-id=" + stored.id() + "] img")
                .attr("src")
                .endsWith("/media/" + stored.id() + "?w=480"));

        Http visitor = new Http();
        Http.Reply original = visitor.get(stored.url());
        assertEquals(200, original.status());
        assertEquals("image/png", original.contentType());
        assertArrayEquals(png, original.bytes());
        assertCacheable(original);

        for (int width : new int[] {480, 960}) {
            Http.Reply variant = visitor.get(stored.url(width));
            assertEquals(200, variant.status(), stored.url(width));
            assertEquals("image/jpeg", variant.contentType(), "an opaque picture's variants are photos");
            assertTrue(variant.bytes().length < png.length, "smaller than the original");
            assertEquals(
                    width,
                    ImageIO.read(new ByteArrayInputStream(variant.bytes())).getWidth());
            assertCacheable(variant);
            assertFalse(variant.header("ETag").equals(original.header("ETag")), "each variant has its own ETag");
        }
        assertEquals(404, visitor.get(stored.url() + "?w=123").status(), "no resizing on demand");
    }

    @Test
    void aJpegIsStoredAndAnswers304WhenTheBrowserHasIt() throws IOException {
        Http editor = admin();
        byte[] jpeg = picture(700, 500, "jpeg");
        String name = "factory-" + System.nanoTime() + ".jpg";
        assertEquals(
                302,
                upload(editor, name, "image/jpeg", jpeg, "스마트 공장 생산 라인", "").status());
        LibraryImage stored = newest(name);
        assertEquals("image/jpeg", stored.contentType());
        assertEquals(java.util.List.of(480), stored.variantWidths(), "never wider than the original");
        assertEquals(null, stored.caption(), "an empty caption is none");

        Http visitor = new Http();
        Http.Reply first = visitor.get(stored.url());
        assertEquals("image/jpeg", first.contentType());
        String etag = first.header("ETag").orElseThrow();
        Http.Reply again = visitor.get(stored.url(), "If-None-Match", etag);
        assertEquals(304, again.status());
        assertEquals(0, again.bytes().length);
        assertEquals(
                304,
                visitor.get(
                                stored.url(480),
                                "If-None-Match",
                                visitor.get(stored.url(480)).header("ETag").orElseThrow())
                        .status());
        assertArrayEquals(jpeg, visitor.get(stored.url(960)).bytes(), "no 960 variant: the original serves");
    }

    @Test
    void printJpegsAndWebpsGetVariantsThatDecodeToTheirWidth() throws IOException {
        Http editor = admin();
        Http visitor = new Http();
        for (Fixture fixture : FIXTURES) {
            byte[] content = fixture(fixture.name());
            String name = "press-" + System.nanoTime() + "-" + fixture.name();
            Http.Reply uploaded = upload(editor, name, fixture.type(), content, "보도자료 사진 " + fixture.name(), "");
            assertEquals(
                    302,
                    uploaded.status(),
                    () -> fixture.name() + " is taken: "
                            + uploaded.html().select(".field-error").text());
            LibraryImage stored = newest(name);
            assertEquals(fixture.type(), stored.contentType());
            assertEquals(fixture.width(), stored.width());
            assertEquals(fixture.variantWidths(), stored.variantWidths(), fixture.name());
            assertArrayEquals(content, visitor.get(stored.url()).bytes(), "the original is served as uploaded");
            for (int width : fixture.variantWidths()) {
                Http.Reply variant = visitor.get(stored.url(width));
                assertEquals(200, variant.status(), stored.url(width));
                assertEquals(fixture.variantType(), variant.contentType(), fixture.name() + " " + width);
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(variant.bytes()));
                assertEquals(width, decoded.getWidth(), fixture.name());
                if (fixture.variantType().equals("image/png")) {
                    assertEquals(0, decoded.getRGB(2, 2) >>> 24, fixture.name() + ": the corner stays transparent");
                } else if (fixture.name().endsWith(".jpg") || fixture.name().startsWith("lossy")) {
                    int red = decoded.getRGB((int) (width * 0.225), (int) (decoded.getHeight() * 0.375));
                    assertTrue(
                            (red >> 16 & 0xff) > 160 && (red >> 8 & 0xff) < 70 && (red & 0xff) < 70,
                            fixture.name() + " " + width + ": the red square in sRGB, #" + Integer.toHexString(red));
                }
            }
            if (fixture.variantWidths().isEmpty()) {
                assertArrayEquals(content, visitor.get(stored.url(480)).bytes(), "an animation serves itself");
            }
        }
    }

    @Test
    void theBundledPluginsReadJpegAndWebpOnTheServer() {
        for (String format : new String[] {"jpeg", "webp"}) {
            ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
            try {
                assertTrue(
                        reader.getClass().getName().startsWith("com.twelvemonkeys.imageio."),
                        format + " is read by TwelveMonkeys first, not the JDK: "
                                + reader.getClass().getName());
                ClassLoader plugin = reader.getOriginatingProvider().getClass().getClassLoader();
                assertEquals(ImageUpload.class.getClassLoader(), plugin, format + ": the plugin of this WAR");
            } finally {
                reader.dispose();
            }
        }
    }

    @Test
    void textNamedPhotoJpgIsRefusedInKoreanAndNothingIsStored() {
        long before = library.latest(1).total();
        Http.Reply reply = upload(
                admin(),
                "photo.jpg",
                "image/jpeg",
                "이것은 사진이 아니라 글자입니다. just text".getBytes(StandardCharsets.UTF_8),
                "사진",
                "");
        assertEquals(200, reply.status());
        assertTrue(
                reply.html().select(".field-error").text().contains("JPEG, PNG, WebP, GIF 이미지만 올릴 수 있습니다"),
                reply.html().text());
        Http.assertNoInternals(reply);
        assertEquals(before, library.latest(1).total());
    }

    @Test
    void svgAndHtmlNamedPngAreRefused() {
        long before = library.latest(1).total();
        Http editor = admin();
        for (String payload : new String[] {
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>",
            "<!DOCTYPE html><html><script>alert(1)</script></html>",
            "%PDF-1.4\n%âãÏÓ\n"
        }) {
            Http.Reply reply =
                    upload(editor, "logo.png", "image/png", payload.getBytes(StandardCharsets.UTF_8), "로고", "");
            assertTrue(reply.html().select(".field-error").text().contains("이미지만 올릴 수 있습니다"), payload);
        }
        assertEquals(before, library.latest(1).total());
    }

    @Test
    void filesOverTheLimitAreRefusedCleanly() {
        long before = library.latest(1).total();
        Http editor = admin();
        byte[] tooBig = new byte[(int) library.limits().maxBytes() + 1];
        System.arraycopy(picture(20, 20, "png"), 0, tooBig, 0, 8);
        Http.Reply reply = upload(editor, "huge.png", "image/png", tooBig, "아주 큰 이미지", "");
        assertEquals(200, reply.status());
        assertTrue(
                reply.html()
                        .select(".field-error")
                        .text()
                        .contains(library.limits().maxSizeText() + " 이하만 올릴 수 있습니다"),
                reply.html().text());

        byte[] wayTooBig = new byte[(int) library.limits().maxRequestBytes() + 1024];
        Http.Reply refused = upload(editor, "huger.png", "image/png", wayTooBig, "더 큰 이미지", "");
        assertEquals(413, refused.status());
        assertTrue(refused.body().contains("파일이 너무 큽니다"), refused::toString);
        Http.assertNoInternals(refused);
        assertEquals(before, library.latest(1).total());
    }

    @Test
    void altTextIsRequired() {
        long before = library.latest(1).total();
        Http.Reply reply = upload(admin(), "no-alt.png", "image/png", picture(100, 80, "png"), "  ", "캡션만 있음");
        assertTrue(
                reply.html().select(".field-error").text().contains("대체 텍스트를 입력해 주세요"),
                reply.html().text());
        assertEquals(before, library.latest(1).total());
    }

    @Test
    void onlyEditorsAndAdministratorsSeeTheLibrary() {
        accounts.create("consultant-images", "Consultant-Images-1", Role.CONSULTANT);
        Http consultant = new Http();
        assertEquals(
                302,
                Staff.logIn(consultant, "consultant-images", "Consultant-Images-1")
                        .status());
        assertEquals(403, consultant.get(PAGE).status());

        accounts.create("editor-images", "Editor-Images-1", Role.EDITOR);
        Http editor = new Http();
        assertEquals(
                302, Staff.logIn(editor, "editor-images", "Editor-Images-1").status());
        assertEquals(200, editor.get(PAGE).status());
        assertEquals(302, new Http().get(PAGE).status(), "anonymous visitors are sent to the login page");
    }

    @Test
    void anImageInUseCannotBeDeletedAndOneNotInUseCan() throws Exception {
        LibraryImage image = library.upload("cover.png", picture(640, 360, "png"), "산업단지 표지 사진", null, "tester");
        transaction.begin();
        NewsPost post = new NewsPost(
                "표지 이미지 시험 초안", "요약", "<p>본문</p>", categories.bySlug("policy").orElseThrow(), "편집팀", Instant.now());
        post.setCover(image.id(), "표지 캡션");
        news.add(post);
        NewsPost linking = new NewsPost(
                "본문 이미지 시험 초안",
                "요약",
                "<p><img src=\"/media/" + image.id() + "?w=960\" alt=\"\"/></p>",
                categories.bySlug("policy").orElseThrow(),
                "편집팀",
                Instant.now());
        news.add(linking);
        transaction.commit();
        boolean coverRemoved = false;
        try {
            Http editor = admin();
            Http.Reply refused = pressInCard(
                    editor, pressInCard(editor, editor.get(PAGE), image.id(), "delete"), image.id(), "confirmDelete");
            assertTrue(
                    refused.html().select(".message-error").text().contains("대표 이미지로 쓰이고 있어 삭제할 수 없습니다"),
                    refused.html().text());
            assertEquals(200, new Http().get(image.url()).status());

            transaction.begin();
            news.remove(post.getId());
            transaction.commit();
            coverRemoved = true;
            ImageRejectedException inBody =
                    assertThrows(ImageRejectedException.class, () -> library.delete(image.id()));
            assertTrue(inBody.koreanMessage().contains("본문에 쓰이고 있어"), inBody.koreanMessage());
        } finally {
            transaction.begin();
            if (!coverRemoved) {
                news.remove(post.getId());
            }
            news.remove(linking.getId());
            transaction.commit();
        }

        Http editor = admin();
        Http.Reply asked = pressInCard(editor, editor.get(PAGE), image.id(), "delete");
        assertTrue(asked.html()
                .select("li[data-image-id=" + image.id() + "] .confirm")
                .text()
                .contains("삭제할까요"));
        Http.Reply deleted = pressInCard(editor, asked, image.id(), "confirmDelete");
        assertTrue(
                deleted.html().select(".message-info").text().contains("삭제했습니다"),
                deleted.html().text());
        assertEquals(404, new Http().get(image.url()).status());
        assertEquals(404, new Http().get(image.url(480)).status());
        assertTrue(library.find(image.id()).isEmpty());
    }

    @Test
    void altTextAndCaptionCanBeChangedOnThePage() {
        LibraryImage image = library.upload("edit.png", picture(300, 200, "png"), "처음 설명", null, "tester");
        Http editor = admin();
        Http.Reply editing = pressInCard(editor, editor.get(PAGE), image.id(), "edit");
        Document page = editing.html();
        Element card = card(page, image.id());
        Map<String, String> values = Forms.values(page, "library");
        values.put(card.selectFirst("input[id$=:editAlt]").attr("name"), "바뀐 설명");
        values.put(card.selectFirst("input[id$=:editCaption]").attr("name"), "새 캡션");
        Element save = card.selectFirst("input[id$=:save]");
        values.put(save.attr("name"), save.val());
        Http.Reply saved = editor.postForm(Forms.action(page, "library"), values);
        assertTrue(
                saved.html().select(".message-info").text().contains("설명을 저장했습니다"),
                saved.html().text());
        LibraryImage changed = library.find(image.id()).orElseThrow();
        assertEquals("바뀐 설명", changed.altText());
        assertEquals("새 캡션", changed.caption());
        library.delete(image.id());
    }

    private static Http admin() {
        Http editor = new Http();
        assertEquals(302, Staff.logIn(editor, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());
        return editor;
    }

    private static Http.Reply upload(
            Http editor, String fileName, String declaredType, byte[] content, String alt, String caption) {
        Document page = editor.get(PAGE).html();
        Map<String, String> fields =
                Forms.submission(page, "upload", Map.of("upload:altText", alt, "upload:caption", caption));
        fields.remove("upload:file");
        return editor.postMultipart(
                Forms.action(page, "upload"), fields, "upload:file", fileName, declaredType, content);
    }

    /** Presses the button {@code id} (edit, delete, confirmDelete…) in the card of image {@code imageId}. */
    private static Http.Reply pressInCard(Http editor, Http.Reply shown, long imageId, String id) {
        Document page = shown.html();
        Element button = card(page, imageId).selectFirst("input[id$=:" + id + "]");
        assertTrue(button != null, "no button " + id + " in the card of image " + imageId + ":\n" + page.text());
        Map<String, String> values = Forms.values(page, "library");
        values.put(button.attr("name"), button.val());
        Http.Reply reply = editor.postForm(Forms.action(page, "library"), values);
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    private static Element card(Document page, long imageId) {
        Element card = page.selectFirst("li[data-image-id=" + imageId + "]");
        assertTrue(card != null, "image " + imageId + " is not on the page");
        return card;
    }

    private LibraryImage newest(String fileName) {
        return library.latest(1).images().stream()
                .filter(i -> i.fileName().equals(fileName))
                .findFirst()
                .orElseThrow(() -> new AssertionError(fileName + " was not stored"));
    }

    private static void assertCacheable(Http.Reply reply) {
        assertEquals(
                "public, max-age=31536000, immutable",
                reply.header("Cache-Control").orElse(""));
        assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""));
        assertTrue(
                reply.header("ETag").orElse("").matches("\"[0-9a-f]{64}\""),
                reply.header("ETag").toString());
    }

    /** A test picture from src/test/resources/media, packed into the deployment. */
    private static byte[] fixture(String name) {
        try (java.io.InputStream in = ImageLibraryIT.class.getClassLoader().getResourceAsStream("media/" + name)) {
            assertTrue(in != null, "no test picture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A picture with detail (gradients and noise), as ImageIO writes it. */
    private static byte[] picture(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, new Color(x * 255 / width, y * 255 / height, random.nextInt(64) + 96).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
