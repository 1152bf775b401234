package kr.co.saenal.sandan.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void aNameIsOneLineWithoutInvisibleCharacters() {
        assertEquals("김 부장", CommentText.name("  김\u202E \t\r\n 부장\u0000 "));
        assertEquals("", CommentText.name(null));
        assertEquals("<b>이름</b>", CommentText.name("<b>이름</b>"), "markup is kept as text; pages escape it");
    }

    @Test
    void theTextKeepsLineBreaksButNotControlsOrPilesOfEmptyLines() {
        assertEquals("첫 줄\n둘째 줄\n\n넷째 줄", CommentText.body("  첫 줄   \r\n둘째 줄\r\r\n\n\n\u0007넷째 줄\u200B  "));
        assertEquals("탭 대신 공백", CommentText.body("탭\t대신\t공백"));
        assertEquals("", CommentText.body(" \n \u0001 "));
    }

    @Test
    void emptyAndTooLongFieldsAreRefusedInKorean() {
        assertEquals(2, CommentDesk.check("", "").size());
        assertEquals(
                "이름은 30자 이내로 입력해 주세요.",
                CommentDesk.check("가".repeat(31), "내용").get(0).message());
        assertEquals(0, CommentDesk.check("가".repeat(30), "나".repeat(1000)).size());
    }
}
