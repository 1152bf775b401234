package kr.co.saenal.sandan.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.function.Consumer;

/** JSON for and from the API in tests. */
public final class Requests {

    private Requests() {}

    /** A valid consultation request as JSON text, changed by {@code change}. */
    public static String validInquiry(Consumer<JsonObjectBuilder> change) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("name", "김남동")
                .add("company", "남동정밀")
                .add("phone", "010-1234-5678")
                .add("email", "kim@namdong.example.kr")
                .add("topic", "RESTRUCTURING")
                .add("preferredTime", "WEEKDAY_AFTERNOON")
                .add("message", "구조고도화 사업 참여 조건이 궁금합니다.")
                .add("privacyConsent", JsonValue.TRUE);
        change.accept(b);
        return b.build().toString();
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
