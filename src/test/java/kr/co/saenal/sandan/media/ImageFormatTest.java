package kr.co.saenal.sandan.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Formats are told by their first bytes only. */
class ImageFormatTest {

    @Test
    void recognisesEachFormatByItsSignature() {
        assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.sniff(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)));
        assertEquals(
                Optional.of(ImageFormat.PNG), ImageFormat.sniff(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0)));
        assertEquals(Optional.of(ImageFormat.GIF), ImageFormat.sniff(ascii("GIF89a\u0001\u0000")));
        assertEquals(Optional.of(ImageFormat.GIF), ImageFormat.sniff(ascii("GIF87a")));
        assertEquals(Optional.of(ImageFormat.WEBP), ImageFormat.sniff(ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ")));
    }

    @Test
    void refusesWhatIsNotAPicture() {
        for (String text : new String[] {
            "hello, this is text",
            "%PDF-1.7\n",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "<!DOCTYPE html><html>",
            "RIFF\u0000\u0000\u0000\u0000WAVEfmt ",
            "GIF88a",
            ""
        }) {
            assertEquals(Optional.empty(), ImageFormat.sniff(ascii(text)), text);
        }
        assertEquals(Optional.empty(), ImageFormat.sniff(null));
    }

    @Test
    void truncatedSignaturesAreNotPictures() {
        byte[] png = bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        for (int length = 0; length < png.length; length++) {
            assertEquals(Optional.empty(), ImageFormat.sniff(Arrays.copyOf(png, length)), "PNG cut at " + length);
        }
        assertEquals(Optional.empty(), ImageFormat.sniff(bytes(0xff, 0xd8)));
        assertEquals(Optional.empty(), ImageFormat.sniff(ascii("RIFF\u0000\u0000\u0000\u0000WEB")));
        assertEquals(Optional.empty(), ImageFormat.sniff(ascii("GIF89")));
    }

    @Test
    void knowsItsContentTypes() {
        assertEquals("image/webp", ImageFormat.WEBP.contentType());
        assertEquals(Optional.of(ImageFormat.JPEG), ImageFormat.ofContentType("image/jpeg"));
        assertEquals(Optional.empty(), ImageFormat.ofContentType("image/svg+xml"));
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
