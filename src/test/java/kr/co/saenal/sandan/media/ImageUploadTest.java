package kr.co.saenal.sandan.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import kr.co.saenal.sandan.platform.FieldError;
import org.junit.jupiter.api.Test;

/** What an upload must be to get into the library, and the variants it gets. */
class ImageUploadTest {

    private final ImageLimits limits = new ImageLimits("2000000");

    @Test
    void aRealPhotoGetsJpegVariantsThatAreNeverWiderThanItself() {
        ImageUpload upload = ImageUpload.inspect(picture(1200, 800, false, "jpeg"), limits);
        assertEquals(ImageFormat.JPEG, upload.format());
        assertEquals(new ImageSize(1200, 800), upload.size());
        List<ImageVariant> variants = VariantRenderer.render(upload, stored(upload));
        assertEquals(List.of(480, 960), variants.stream().map(ImageVariant::getWidth).toList());
        assertEquals(320, variants.get(0).getHeight());
        variants.forEach(v -> assertEquals("image/jpeg", v.getContentType()));
        variants.forEach(v -> assertTrue(v.getByteSize() < upload.data().length));

        ImageUpload small = ImageUpload.inspect(picture(600, 400, false, "jpeg"), limits);
        assertEquals(List.of(480), VariantRenderer.render(small, stored(small)).stream().map(ImageVariant::getWidth).toList());
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
        assertEquals(List.of(480, 960), variants.stream().map(ImageVariant::getWidth).toList());
        variants.forEach(v -> assertEquals("image/png", v.getContentType()));
    }

    @Test
    void textNamedLikeAPhotoIsRefused() {
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> ImageUpload.inspect("just some text, not a photo".getBytes(StandardCharsets.UTF_8), limits));
        assertEquals("file", e.errors().get(0).field());
        assertTrue(e.koreanMessage().contains("JPEG, PNG, WebP, GIF"), e.koreanMessage());
    }

    @Test
    void aBrokenPictureIsRefused() {
        byte[] png = picture(300, 200, false, "png");
        byte[] broken = java.util.Arrays.copyOf(png, 60);
        ImageRejectedException e = assertThrows(ImageRejectedException.class, () -> ImageUpload.inspect(broken, limits));
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
        ImageRejectedException e = assertThrows(ImageRejectedException.class,
                () -> ImageUpload.inspect(new byte[2_000_001], limits));
        assertTrue(e.koreanMessage().contains("이하만 올릴 수 있습니다"), e.koreanMessage());
        assertThrows(ImageRejectedException.class, () -> ImageUpload.inspect(new byte[0], limits));
    }

    @Test
    void aWebpIsKeptAsItIsWithTheSizeFromItsHeader() {
        int w = 1600 - 1;
        int h = 900 - 1;
        byte[] webp = WebpHeaderTest.webp("VP8X", new byte[] {0, 0, 0, 0, (byte) w, (byte) (w >> 8), 0, (byte) h, (byte) (h >> 8), 0});
        ImageUpload upload = ImageUpload.inspect(webp, limits);
        assertEquals(new ImageSize(1600, 900), upload.size());
        assertTrue(VariantRenderer.render(upload, stored(upload)).isEmpty(), "the JDK cannot re-encode WebP");
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
        assertEquals("10MB", new ImageLimits((String) null).maxSizeText());
        assertEquals(ImageLimits.DEFAULT_MAX_BYTES, new ImageLimits("lots").maxBytes());
    }

    private static StoredImage stored(ImageUpload upload) {
        return new StoredImage("test", upload, new ImageDescription("시험", null), "tester", Instant.now());
    }

    /** A picture with some detail (so that encoders have work to do), opaque or with a transparent half. */
    static byte[] picture(int width, int height, boolean transparent, String format) {
        BufferedImage image = new BufferedImage(width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
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
