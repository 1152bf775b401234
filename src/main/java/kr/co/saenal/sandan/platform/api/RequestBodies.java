package kr.co.saenal.sandan.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import kr.co.saenal.sandan.platform.Texts;

/** Reads request bodies defensively: bounded in size and strictly UTF-8. */
public final class RequestBodies {

    private RequestBodies() {}

    /** Reads at most {@code limit} bytes; a longer body is refused without reading the rest into memory. */
    public static byte[] readBounded(InputStream in, int limit) {
        try {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new PayloadTooLargeException(limit);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String strictUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException(Texts.say(RequestBodies.class, "api.body.notUtf8"));
        }
    }
}
