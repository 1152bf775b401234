package kr.co.saenal.sandan.inquiry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kr.co.saenal.sandan.inquiry.ContactTime;
import kr.co.saenal.sandan.inquiry.InquiryTopic;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.api.MalformedRequestException;
import org.junit.jupiter.api.Test;

class InquiryJsonTest {

    @Test
    void aCompleteRequestIsRead() {
        InquiryJson.Parsed parsed = InquiryJson.parse("""
                {"name": "김부장", "phone": "010-1234-5678", "email": "kim@example.kr", "topic": "FUNDING",
                 "preferredTime": "WEEKDAY_MORNING", "message": "문의", "privacyConsent": true}""");
        assertTrue(parsed.typeErrors().isEmpty());
        assertEquals("김부장", parsed.request().name());
        assertEquals(InquiryTopic.FUNDING, parsed.request().topic());
        assertEquals(ContactTime.WEEKDAY_MORNING, parsed.request().preferredTime());
        assertTrue(parsed.request().privacyConsent());
    }

    @Test
    void wrongTypesAndUnknownFieldsAreReportedPerField() {
        InquiryJson.Parsed parsed = InquiryJson.parse("""
                {"name": ["김"], "privacyConsent": "true", "topic": "CHAT", "extra": {}}""");
        assertEquals(
                java.util.List.of("extra", "name", "topic", "privacyConsent"),
                parsed.typeErrors().stream().map(FieldError::field).toList());
        assertNull(parsed.request().name());
    }

    @Test
    void choicesAreTheCodesListedInOpenApiExactly() {
        InquiryJson.Parsed parsed = InquiryJson.parse("""
                {"topic": "funding", "preferredTime": "평일 오전 (9시~12시)"}""");
        assertEquals(
                java.util.List.of("topic", "preferredTime"),
                parsed.typeErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void aKeyGivenTwiceIsMalformed() {
        assertThrows(MalformedRequestException.class, () -> InquiryJson.parse("{\"name\": \"김\", \"name\": \"이\"}"));
    }

    @Test
    void somethingOtherThanAnObjectIsMalformed() {
        assertThrows(MalformedRequestException.class, () -> InquiryJson.parse("[]"));
        assertThrows(MalformedRequestException.class, () -> InquiryJson.parse("{\"a\":"));
        assertThrows(MalformedRequestException.class, () -> InquiryJson.parse("42"));
    }
}
