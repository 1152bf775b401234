package kr.co.saenal.sandan.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

/** What an upload must be to get into the library, and the variants it gets. */
class ImageUploadTest {

    private final ImageLimits limits = new ImageLimits(SettingsReader.with(ImageLimits.MAX_BYTES_PROPERTY, "2000000"));

    @Test
    void aRealPhotoGetsJpegVariantsThatAreNeverWiderThanItself() {
        ImageUpload upload = ImageUpload.inspect(picture(1200, 800, false, "jpeg"), limits);
        assertEquals(ImageFormat.JPEG, upload.format());
        assertEquals(new ImageSize(1200, 800), upload.size());
        List<ImageVariant> variants = VariantRenderer.render(upload, stored(upload));
        assertEquals(
                List.of(480, 960), variants.stream().map(ImageVariant::getWidth).toList());
        assertEquals(320, variants.get(0).getHeight());
        variants.forEach(v -> assertEquals("image/jpeg", v.getContentType()));
        variants.forEach(v -> assertTrue(v.getByteSize() < upload.data().length));

        ImageUpload small = ImageUpload.inspect(picture(600, 400, false, "jpeg"), limits);
        assertEquals(
                List.of(480),
                VariantRenderer.render(small, stored(small)).stream()
                        .map(ImageVariant::getWidth)
                        .toList());
    }

    @Test
    void transparentPicturesKeepTheirTransparencyAsPng() {
        ImageUpload upload = ImageUpload.inspect(picture(1000, 500, true, "png"), limits);
        List<ImageVariant> variants = VariantRenderer.render(upload, stored(upload));
        assertTrue(!variants.isEmpty());
        variants.forEach(v -> assertEquals("image/png", v.getContentType()));
    }

    @Test
    void aFlatDrawingKeepsPngVariantsWhenTheyAreSmaller() {
        BufferedImage drawing = new BufferedImage(1200, 600, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = drawing.createGraphics();
        g.setColor(new Color(0x12305a));
        g.fillRect(0, 0, 1200, 600);
        g.setColor(Color.ORANGE);
        g.fillOval(700, 100, 300, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(drawing, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImageUpload upload = ImageUpload.inspect(out.toByteArray(), limits);
        List<ImageVariant> variants = VariantRenderer.render(upload, stored(upload));
        assertEquals(
                List.of(480, 960), variants.stream().map(ImageVariant::getWidth).toList());
        variants.forEach(v -> assertEquals("image/png", v.getContentType()));
    }

    @Test
    void textNamedLikeAPhotoIsRefused() {
        ImageRejectedException e = assertThrows(
                ImageRejectedException.class,
                () -> ImageUpload.inspect("just some text, not a photo".getBytes(StandardCharsets.UTF_8), limits));
        assertEquals("file", e.errors().get(0).field());
        assertTrue(e.koreanMessage().contains("JPEG, PNG, WebP, GIF"), e.koreanMessage());
    }

    @Test
    void aBrokenPictureIsRefused() {
        byte[] png = picture(300, 200, false, "png");
        byte[] broken = java.util.Arrays.copyOf(png, 60);
        ImageRejectedException e =
                assertThrows(ImageRejectedException.class, () -> ImageUpload.inspect(broken, limits));
        assertTrue(e.koreanMessage().contains("읽을 수 없습니다"), e.koreanMessage());
    }

    @Test
    void aDecompressionBombIsRefusedByItsHeader() {
        byte[] bomb = withIhdrSize(picture(10, 10, false, "png"), 100_000, 100_000);
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> ImageUpload.inspect(bomb, limits));
        assertTrue(e.koreanMessage().contains("해상도가 너무 큽니다"), e.koreanMessage());
    }

    @Test
    void tooManyBytesAreRefusedBeforeLooking() {
        ImageRejectedException e =
                assertThrows(ImageRejectedException.class, () -> ImageUpload.inspect(new byte[2_000_001], limits));
        assertTrue(e.koreanMessage().contains("이하만 올릴 수 있습니다"), e.koreanMessage());
        assertThrows(ImageRejectedException.class, () -> ImageUpload.inspect(new byte[0], limits));
    }

    @Test
    void printReadyCmykAndYcckJpegsGetSrgbVariants() {
        // with its ICC profile or without one (then read as Adobe's inverted CMYK, not washed out)
        for (String name : new String[] {"cmyk.jpg", "ycck.jpg", "cmyk-no-profile.jpg"}) {
            byte[] jpeg = fixture(name);
            assertEquals(name.startsWith("cmyk") ? 0 : 2, adobeTransform(jpeg), name + ": APP14 says CMYK or YCCK");
            assertEquals(!name.contains("no-profile"), hasIccProfile(jpeg), name + ": ICC profile");
            ImageUpload upload = ImageUpload.inspect(jpeg, limits);
            assertEquals(ImageFormat.JPEG, upload.format());
            assertEquals(new ImageSize(1000, 600), upload.size());
            List<ImageVariant> variants = VariantRenderer.render(upload, stored(upload));
            assertEquals(
                    List.of(480, 960),
                    variants.stream().map(ImageVariant::getWidth).toList(),
                    name);
            for (ImageVariant variant : variants) {
                assertEquals("image/jpeg", variant.getContentType());
                BufferedImage decoded = decode(variant.getData());
                assertEquals(variant.getWidth(), decoded.getWidth());
                assertEquals(Math.round(variant.getWidth() * 0.6), decoded.getHeight());
                assertColour(0xc81e1e, decoded, 0.225, 0.375, name + " " + variant.getWidth() + ": the red square");
                assertColour(0x1e50c8, decoded, 0.775, 0.7, name + " " + variant.getWidth() + ": the blue square");
            }
        }
    }

    @Test
    void aSidewaysCmykPhotoIsTurnedUpright() {
        byte[] sideways = ExifOrientationTest.withOrientation(fixture("cmyk.jpg"), 6, true);
        ImageUpload upload = ImageUpload.inspect(sideways, limits);
        assertEquals(new ImageSize(600, 1000), upload.size());
        List<ImageVariant> variants = VariantRenderer.render(upload, stored(upload));
        assertEquals(List.of(480), variants.stream().map(ImageVariant::getWidth).toList());
        BufferedImage decoded = decode(variants.get(0).getData());
        assertEquals(800, decoded.getHeight());
        // turned a quarter clockwise: the red square, left of the middle, is now above it
        assertColour(0xc81e1e, decoded, 1 - 0.375, 0.225, "the red square after turning");
    }

    @Test
    void webpPicturesGetVariantsLikeOtherFormats() {
        Map<String, ImageSize> sizes = Map.of(
                "lossy.webp",
                new ImageSize(1600, 1000),
                "lossless.webp",
                new ImageSize(1000, 600),
                "alpha.webp",
                new ImageSize(3000, 1500));
        sizes.forEach((name, size) -> {
            ImageUpload upload = ImageUpload.inspect(fixture(name), limits);
            assertEquals(ImageFormat.WEBP, upload.format(), name);
            assertEquals(size, upload.size(), name);
            List<ImageVariant> variants = VariantRenderer.render(upload, stored(upload));
            assertEquals(
                    List.of(480, 960),
                    variants.stream().map(ImageVariant::getWidth).toList(),
                    name);
            for (ImageVariant variant : variants) {
                assertTrue(variant.getByteSize() < upload.data().length, name + " " + variant.getWidth() + " smaller");
                BufferedImage decoded = decode(variant.getData());
                assertEquals(variant.getWidth(), decoded.getWidth(), name);
                assertEquals(size.scaledToWidth(variant.getWidth()).height(), decoded.getHeight(), name);
                if (name.equals("alpha.webp")) {
                    assertEquals("image/png", variant.getContentType(), "transparency needs PNG");
                    assertEquals(0, decoded.getRGB(2, 2) >>> 24, "the corner stays transparent");
                    assertColour(0x12305a, decoded, 0.2, 0.3, "the logo's panel");
                    assertEquals(0xff, decoded.getRGB(decoded.getWidth() / 5, decoded.getHeight() * 3 / 10) >>> 24);
                } else {
                    assertEquals("image/jpeg", variant.getContentType(), name + ": an opaque photo's are JPEG");
                    assertColour(0xc81e1e, decoded, 0.225, 0.375, name + " " + variant.getWidth() + ": the red square");
                }
            }
        });
    }

    @Test
    void anAnimatedWebpIsKeptAsItIs() {
        ImageUpload upload = ImageUpload.inspect(fixture("animated.webp"), limits);
        assertEquals(new ImageSize(600, 300), upload.size());
        assertTrue(upload.picture().isEmpty());
        assertTrue(VariantRenderer.render(upload, stored(upload)).isEmpty(), "a variant would show one frame only");
    }

    @Test
    void aWebpMustDecodeLikeAnyOtherPicture() {
        // cut short, its RIFF size made to match, so that only decoding can tell
        byte[] cut = java.util.Arrays.copyOf(fixture("lossy.webp"), 4000);
        ByteBuffer.wrap(cut).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, cut.length - 8);
        assertEquals(Optional.of(new ImageSize(1600, 1000)), WebpHeader.size(cut), "a sound header");
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> ImageUpload.inspect(cut, limits));
        assertTrue(e.koreanMessage().contains("읽을 수 없습니다"), e.koreanMessage());
    }

    @Test
    void aWebpBombIsRefusedByItsHeaderAndAHugeOneIsNotDecoded() {
        int side = 16384 - 1;
        byte[] bomb = WebpHeaderTest.webp(
                "VP8X",
                new byte[] {0, 0, 0, 0, (byte) side, (byte) (side >> 8), 0, (byte) side, (byte) (side >> 8), 0});
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> ImageUpload.inspect(bomb, limits));
        assertTrue(e.koreanMessage().contains("해상도가 너무 큽니다"), e.koreanMessage());

        // past what the WebP decoder may take in memory, a picture under the pixel limit is kept as it is
        int w = 6000 - 1;
        int h = 4000 - 1;
        byte[] huge = WebpHeaderTest.webp(
                "VP8X", new byte[] {0, 0, 0, 0, (byte) w, (byte) (w >> 8), 0, (byte) h, (byte) (h >> 8), 0});
        ImageUpload upload = ImageUpload.inspect(huge, limits);
        assertEquals(new ImageSize(6000, 4000), upload.size());
        assertTrue(VariantRenderer.render(upload, stored(upload)).isEmpty());
    }

    @Test
    void altTextIsRequiredAndCaptionOptional() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(new ImageDescription("공장 전경", null), ImageDescription.of("  공장 전경 ", " ", errors));
        ImageDescription.of("   ", "캡션", errors);
        assertEquals(List.of("altText"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().startsWith("대체 텍스트를 입력해 주세요"));
    }

    @Test
    void byteSizesReadLikePeopleSayThem() {
        assertEquals("10MB", ByteSizes.text(10L * 1024 * 1024));
        assertEquals("1.5MB", ByteSizes.text(1536L * 1024));
        assertEquals("800KB", ByteSizes.text(800L * 1024));
        assertEquals("10MB", new ImageLimits(SettingsReader.with(ImageLimits.MAX_BYTES_PROPERTY, null)).maxSizeText());
        assertEquals(
                ImageLimits.DEFAULT_MAX_BYTES,
                new ImageLimits(SettingsReader.with(ImageLimits.MAX_BYTES_PROPERTY, "lots")).maxBytes());
    }

    /** A test picture from src/test/resources/media (made by src/test/scripts/media-fixtures.sh). */
    static byte[] fixture(String name) {
        try (InputStream in = ImageUploadTest.class.getResourceAsStream("/media/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test picture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage decode(byte[] data) {
        try {
            return ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pixel at that fraction of width and height is within 40 of the colour in each of red, green and blue. */
    static void assertColour(int expected, BufferedImage image, double x, double y, String what) {
        int actual = image.getRGB((int) (image.getWidth() * x), (int) (image.getHeight() * y));
        for (int shift = 0; shift <= 16; shift += 8) {
            int difference = Math.abs((actual >> shift & 0xff) - (expected >> shift & 0xff));
            assertTrue(
                    difference <= 40,
                    what + ": expected about #" + Integer.toHexString(expected) + ", was #"
                            + Integer.toHexString(actual & 0xffffff));
        }
    }

    /** The transform of the JPEG's Adobe APP14 marker (0 CMYK, 1 YCbCr, 2 YCCK), or -1 without one. */
    private static int adobeTransform(byte[] jpeg) {
        for (int offset = 2; offset + 16 < jpeg.length && (jpeg[offset] & 0xff) == 0xff; ) {
            int length = (jpeg[offset + 2] & 0xff) << 8 | (jpeg[offset + 3] & 0xff);
            boolean app14 = (jpeg[offset + 1] & 0xff) == 0xee;
            if (app14 && new String(jpeg, offset + 4, 5, StandardCharsets.US_ASCII).equals("Adobe")) {
                return jpeg[offset + 15];
            }
            offset += 2 + length;
        }
        return -1;
    }

    private static boolean hasIccProfile(byte[] jpeg) {
        String head = new String(jpeg, 0, Math.min(jpeg.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        return head.contains("ICC_PROFILE\0");
    }

    private static StoredImage stored(ImageUpload upload) {
        return new StoredImage("test", upload, new ImageDescription("시험", null), "tester", Instant.now());
    }

    /** A picture with some detail (so that encoders have work to do), opaque or with a transparent half. */
    static byte[] picture(int width, int height, boolean transparent, String format) {
        BufferedImage image = new BufferedImage(
                width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int alpha = transparent && x < width / 2 ? 0 : 0xff;
                int rgb = new Color((x * 255 / width), (y * 255 / height), random.nextInt(256)).getRGB() & 0xffffff;
                image.setRGB(x, y, (alpha << 24) | rgb);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PNG with other dimensions in its header (and a correct checksum), its pixels unchanged. */
    private static byte[] withIhdrSize(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched);
        buffer.putInt(16, width);
        buffer.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 17); // chunk type and data
        buffer.putInt(29, (int) crc.getValue());
        return patched;
    }
}
