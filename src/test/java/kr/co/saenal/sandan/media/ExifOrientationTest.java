package kr.co.saenal.sandan.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

/** Phone photos are stored sideways with an Exif orientation; variants come out upright. */
class ExifOrientationTest {

    @Test
    void readsTheOrientationInBothByteOrders() {
        byte[] jpeg = ImageUploadTest.picture(64, 32, false, "jpeg");
        assertEquals(ExifOrientation.UPRIGHT, ExifOrientation.of(jpeg));
        assertEquals(6, ExifOrientation.of(withOrientation(jpeg, 6, true)));
        assertEquals(8, ExifOrientation.of(withOrientation(jpeg, 8, false)));
        assertEquals(
                ExifOrientation.UPRIGHT,
                ExifOrientation.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe1, 0, 40}),
                "a truncated Exif block is no orientation");
    }

    @Test
    void turnsTheTopLeftCornerWhereEachOrientationSays() {
        // orientation → where the stored top-left pixel must appear, in a 4×2 picture (2×4 once turned by 90°)
        int[][] expected = {{1, 0, 0}, {2, 3, 0}, {3, 3, 1}, {4, 0, 1}, {5, 0, 0}, {6, 1, 0}, {7, 1, 3}, {8, 0, 3}};
        for (int[] e : expected) {
            BufferedImage picture = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
            picture.setRGB(0, 0, 0xff0000);
            BufferedImage upright = ExifOrientation.upright(picture, e[0]);
            assertEquals(e[0] >= 5 ? 2 : 4, upright.getWidth(), "orientation " + e[0]);
            assertEquals(0xff0000, upright.getRGB(e[1], e[2]) & 0xffffff, "orientation " + e[0]);
        }
    }

    @Test
    void aSidewaysPhotoGetsPortraitVariants() {
        byte[] sideways = withOrientation(ImageUploadTest.picture(1200, 800, false, "jpeg"), 6, true);
        ImageUpload upload = ImageUpload.inspect(
                sideways, new ImageLimits(SettingsReader.with(ImageLimits.MAX_BYTES_PROPERTY, "2000000")));
        assertEquals(new ImageSize(800, 1200), upload.size());
        List<ImageVariant> variants = VariantRenderer.render(
                upload,
                new StoredImage("phone.jpg", upload, new ImageDescription("세로 사진", null), "tester", Instant.now()));
        assertEquals(480, variants.get(0).getWidth());
        assertEquals(720, variants.get(0).getHeight());
    }

    /** The JPEG with an Exif APP1 block (one IFD entry: orientation) right after its SOI marker. */
    static byte[] withOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes((bigEndian ? "MM" : "II").getBytes(StandardCharsets.US_ASCII));
        write16(tiff, 42, bigEndian);
        write32(tiff, 8, bigEndian);
        write16(tiff, 1, bigEndian); // one entry
        write16(tiff, 0x0112, bigEndian);
        write16(tiff, 3, bigEndian); // SHORT
        write32(tiff, 1, bigEndian);
        write16(tiff, orientation, bigEndian);
        write16(tiff, 0, bigEndian);
        write32(tiff, 0, bigEndian); // no next IFD
        byte[] payload = tiff.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xff);
        out.write(0xd8);
        out.write(0xff);
        out.write(0xe1);
        write16(out, 2 + 6 + payload.length, true);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void write16(ByteArrayOutputStream out, int value, boolean bigEndian) {
        if (bigEndian) {
            out.write(value >> 8);
            out.write(value);
        } else {
            out.write(value);
            out.write(value >> 8);
        }
    }

    private static void write32(ByteArrayOutputStream out, int value, boolean bigEndian) {
        if (bigEndian) {
            write16(out, value >>> 16, true);
            write16(out, value & 0xffff, true);
        } else {
            write16(out, value & 0xffff, false);
            write16(out, value >>> 16, false);
        }
    }
}
