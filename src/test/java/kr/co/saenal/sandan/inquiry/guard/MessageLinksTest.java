package kr.co.saenal.sandan.inquiry.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessageLinksTest {

    @Test
    void plainAdviceHasNoLinks() {
        assertEquals(0, MessageLinks.count("반월산단 입주 기업입니다. 구조고도화 사업 지원 요건이 궁금합니다. 예산은 3.5억 정도입니다."));
    }

    @Test
    void emailAddressesAreNotLinks() {
        assertEquals(0, MessageLinks.count("회신은 kim@factory.co.kr 또는 lee@example.com 으로 부탁드립니다."));
    }

    @Test
    void schemesWwwAndBareDomainsCountOnceEach() {
        assertEquals(
                4,
                MessageLinks.count(
                        "보세요 https://spam.example.com/a?b=c 그리고 www.cheap.kr " + "또 casino.com, 마지막 http://x.io"));
    }

    @Test
    void upperCaseAndSubdomainsCount() {
        assertEquals(2, MessageLinks.count("HTTP://EVIL.RU and shop.best-deals.net"));
    }

    @Test
    void nullCountsNothing() {
        assertEquals(0, MessageLinks.count(null));
    }
}
