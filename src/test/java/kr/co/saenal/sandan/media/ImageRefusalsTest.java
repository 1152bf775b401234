package kr.co.saenal.sandan.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

/** The library's refusals are said in the editor's language: Korean as before, English when asked for. */
class ImageRefusalsTest {

    private final ImageLimits limits = new ImageLimits(SettingsReader.with(ImageLimits.MAX_BYTES_PROPERTY, "2000000"));

    @Test
    void aMissingOrForeignFileInKoreanAndEnglish() {
        assertEquals(
                "올릴 이미지 파일을 선택해 주세요.",
                assertThrows(ImageRejectedException.class, () -> ImageUpload.inspect(new byte[0], limits))
                        .koreanMessage());
        try (Texts.Scope english = Texts.speak(Locale.ENGLISH)) {
            assertEquals(
                    "Choose an image file to upload.",
                    assertThrows(ImageRejectedException.class, () -> ImageUpload.inspect(new byte[0], limits))
                            .koreanMessage());
            assertEquals(
                    "Image files can be at most 1.9MB; the chosen file is 2MB.",
                    assertThrows(
                                    ImageRejectedException.class,
                                    () -> ImageUpload.inspect(new byte[2 * 1024 * 1024], limits))
                            .koreanMessage());
        }
    }

    @Test
    void aDescriptionWithoutAltTextInKoreanAndEnglish() {
        List<FieldError> korean = new ArrayList<>();
        ImageDescription.of(" ", "캡션".repeat(151), korean);
        assertEquals(
                List.of("대체 텍스트를 입력해 주세요. 화면 낭독기를 쓰는 독자에게 이미지의 내용을 알려 줍니다.", "캡션은 300자 이하로 입력해 주세요."),
                korean.stream().map(FieldError::message).toList());
        List<FieldError> english = new ArrayList<>();
        try (Texts.Scope speaking = Texts.speak(Locale.ENGLISH)) {
            ImageDescription.of(" ", "캡션".repeat(151), english);
        }
        assertEquals(
                List.of(
                        "Enter an alternative text. It tells readers who use a screen reader what the image shows.",
                        "The caption can be at most 300 characters long."),
                english.stream().map(FieldError::message).toList());
    }
}
