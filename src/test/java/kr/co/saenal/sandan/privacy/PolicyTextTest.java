package kr.co.saenal.sandan.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyTextTest {

    private static final String TEXT = """
            {회사}(이하 ‘회사’)는 방침을 둡니다. {회사:은} 쿠키 `sandan_read`를 씁니다.

            ## 3. 처리 위탁 {#processors}

            [[처리위탁]]

            - 하나 <script>
            - 둘

            ### 책임자
            [[보호책임자]]
            """;

    @Test
    void blocksCarryEscapedTextWithTheCompanysNameAndItsParticle() {
        List<PolicyBlock> blocks = PolicyText.blocks(TEXT, "한빛누리");
        assertEquals(PolicyBlock.Kind.PARAGRAPH, blocks.get(0).kind());
        assertEquals(
                "한빛누리(이하 ‘회사’)는 방침을 둡니다. 한빛누리는 쿠키 <code>sandan_read</code>를 씁니다.",
                blocks.get(0).html());
        assertEquals(new PolicyBlock(PolicyBlock.Kind.HEADING, "3. 처리 위탁", "processors"), blocks.get(1));
        assertEquals(PolicyBlock.Kind.PROCESSORS, blocks.get(2).kind());
        assertEquals("<li>하나 &lt;script&gt;</li><li>둘</li>", blocks.get(3).html());
        // a heading and the line after it without an empty line between them are one paragraph-less heading block
        assertEquals(PolicyBlock.Kind.SUBHEADING, blocks.get(4).kind());
        assertEquals("새날드림은", PolicyText.inline("{회사:는}", "새날드림"));
    }

    @Test
    void unknownPlaceholdersAndMissingRequiredPartsAreProblems() {
        assertTrue(PolicyText.problems(TEXT.replace("### 책임자\n[[보호책임자]]", "### 책임자\n\n[[보호책임자]]"))
                .isEmpty());
        List<String[]> problems = PolicyText.problems("{회사:의} [[보호책임]]");
        assertEquals(
                List.of("part.unknown", "particle.unknown", "part.required", "part.required"),
                problems.stream().map(p -> p[0]).toList());
    }
}
