package kr.co.saenal.sandan.media;

import java.util.ArrayList;
import java.util.List;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.Texts;

/**
 * What a picture shows, in words: the alt text (required, read aloud by screen readers and shown when the
 * picture cannot load) and an optional caption printed under it. Both are trimmed; a blank caption is none.
 */
public record ImageDescription(String altText, String caption) {

    public static final int MAX_LENGTH = 300;

    /** The description, or the reasons it cannot be one (fields {@code altText}, {@code caption}). */
    static ImageDescription of(String altText, String caption, List<FieldError> errors) {
        String alt = altText == null ? "" : altText.strip();
        String cap = caption == null || caption.isBlank() ? null : caption.strip();
        List<FieldError> found = new ArrayList<>();
        if (alt.isEmpty()) {
            found.add(new FieldError("altText", Texts.say(ImageDescription.class, "imageDescription.altText.missing")));
        } else if (alt.length() > MAX_LENGTH) {
            found.add(new FieldError(
                    "altText", Texts.say(ImageDescription.class, "imageDescription.altText.tooLong", MAX_LENGTH)));
        }
        if (cap != null && cap.length() > MAX_LENGTH) {
            found.add(new FieldError(
                    "caption", Texts.say(ImageDescription.class, "imageDescription.caption.tooLong", MAX_LENGTH)));
        }
        errors.addAll(found);
        return found.isEmpty() ? new ImageDescription(alt, cap) : null;
    }
}
