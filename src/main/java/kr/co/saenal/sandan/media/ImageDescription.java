package kr.co.saenal.sandan.media;

import java.util.ArrayList;
import java.util.List;
import kr.co.saenal.sandan.platform.FieldError;

/**
 * What a picture shows, in words: the alt text (required, read aloud by screen readers and shown when the
 * picture cannot load) and an optional caption printed under it. Both are trimmed; a blank caption is none.
 */
public record ImageDescription(String altText, String caption) {

    public static final int MAX_LENGTH = 300;

    /** The description, or the Korean reasons it cannot be one (fields {@code altText}, {@code caption}). */
    static ImageDescription of(String altText, String caption, List<FieldError> errors) {
        String alt = altText == null ? "" : altText.strip();
        String cap = caption == null || caption.isBlank() ? null : caption.strip();
        List<FieldError> found = new ArrayList<>();
        if (alt.isEmpty()) {
            found.add(new FieldError("altText",
                    "대체 텍스트를 입력해 주세요. 화면 낭독기를 쓰는 독자에게 이미지의 내용을 알려 줍니다."));
        } else if (alt.length() > MAX_LENGTH) {
            found.add(new FieldError("altText", "대체 텍스트는 " + MAX_LENGTH + "자 이하로 입력해 주세요."));
        }
        if (cap != null && cap.length() > MAX_LENGTH) {
            found.add(new FieldError("caption", "캡션은 " + MAX_LENGTH + "자 이하로 입력해 주세요."));
        }
        errors.addAll(found);
        return found.isEmpty() ? new ImageDescription(alt, cap) : null;
    }
}
