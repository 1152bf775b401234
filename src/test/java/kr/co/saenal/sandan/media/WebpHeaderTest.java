package kr.co.saenal.sandan.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** WebP sizes come from the header, in each of its three layouts. */
class WebpHeaderTest {

    @Test
    void lossy() {
        // frame tag, start code 9d 01 2a, width 800 and height 600 (14 bits each, little-endian)
        byte[] vp8 = {0x30, 0x01, 0x00, (byte) 0x9d, 0x01, 0x2a, 0x20, 0x03, 0x58, 0x02, 0, 0};
        assertEquals(Optional.of(new ImageSize(800, 600)), WebpHeader.size(webp("VP8 ", vp8)));
    }

    @Test
    void lossless() {
        long bits = (1024 - 1) | ((long) (300 - 1) << 14);
        byte[] vp8l = {0x2f, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16), (byte) (bits >> 24), 0, 0, 0, 0, 0};
        assertEquals(Optional.of(new ImageSize(1024, 300)), WebpHeader.size(webp("VP8L", vp8l)));
    }

    @Test
    void extended() {
        int w = 5000 - 1;
        int h = 3000 - 1;
        byte[] vp8x = {
            0x10, 0, 0, 0, (byte) w, (byte) (w >> 8), (byte) (w >> 16), (byte) h, (byte) (h >> 8), (byte) (h >> 16)
        };
        assertEquals(Optional.of(new ImageSize(5000, 3000)), WebpHeader.size(webp("VP8X", vp8x)));
    }

    @Test
    void truncatedOrInconsistentHeadersHaveNoSize() {
        byte[] good = webp("VP8X", new byte[] {0x10, 0, 0, 0, 9, 0, 0, 9, 0, 0});
        for (int length = 0; length < good.length; length++) {
            assertEquals(Optional.empty(), WebpHeader.size(Arrays.copyOf(good, length)), "cut at " + length);
        }
        byte[] lying = good.clone();
        lying[4] = (byte) 0xff; // RIFF size larger than the file
        assertEquals(Optional.empty(), WebpHeader.size(lying));
        assertEquals(Optional.empty(), WebpHeader.size(webp("ALPH", new byte[10])));
        assertEquals(Optional.empty(), WebpHeader.size(webp("VP8 ", new byte[12])), "no key frame start code");
    }

    /** A RIFF/WEBP file with one chunk. */
    static byte[] webp(String chunk, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int riffSize = 4 + 8 + payload.length;
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(
                new byte[] {(byte) riffSize, (byte) (riffSize >> 8), (byte) (riffSize >> 16), (byte) (riffSize >> 24)});
        out.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(chunk.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) payload.length, (byte) (payload.length >> 8), 0, 0});
        out.writeBytes(payload);
        return out.toByteArray();
    }
}
