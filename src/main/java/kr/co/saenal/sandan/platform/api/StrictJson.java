package kr.co.saenal.sandan.platform.api;

import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Map;
import kr.co.saenal.sandan.platform.Jsons;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Reads request JSON strictly: exactly one value and nothing after it, no key twice (which of the two would be
 * meant?), nested no deeper than a request of ours ever is. Whatever the parser does not like is a
 * {@link MalformedRequestException}, never a server error.
 */
public final class StrictJson {

    /** Our requests are flat objects; this leaves room and stops a parser from recursing on junk. */
    static final int MAX_DEPTH = 8;

    private static final JsonReaderFactory READERS =
            Jsons.PROVIDER.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    private StrictJson() {}

    public static JsonValue read(String text) {
        try {
            requireOneShallowValue(text);
            try (JsonReader reader = READERS.createReader(new StringReader(text))) {
                return reader.readValue();
            }
        } catch (MalformedRequestException e) {
            throw e;
        } catch (RuntimeException e) {
            // JsonException for bad syntax and duplicate keys; Parsson's own limits throw plain RuntimeExceptions
            throw new MalformedRequestException(
                    e instanceof JsonException
                                    && e.getMessage() != null
                                    && e.getMessage().toLowerCase().contains("duplicate")
                            ? Texts.say(StrictJson.class, "api.json.duplicateKey")
                            : Texts.say(StrictJson.class, "api.json.invalid"));
        }
    }

    /** The streaming parser throws on anything after the first value; nesting is counted on the way. */
    private static void requireOneShallowValue(String text) {
        try (JsonParser parser = Jsons.PROVIDER.createParser(new StringReader(text))) {
            int depth = 0;
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_ARRAY, START_OBJECT -> {
                        if (++depth > MAX_DEPTH) {
                            throw new MalformedRequestException(Texts.say(StrictJson.class, "api.json.tooDeep"));
                        }
                    }
                    case END_ARRAY, END_OBJECT -> depth--;
                    default -> {
                        // values and keys
                    }
                }
            }
        }
    }
}
