package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A post's life: a draft, published now or at a time, withdrawn, revised; what readers may see at each moment. */
class NewsPostTest {

    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private static final Category POLICY = new Category("policy", "정책", 1);

    private static NewsPost draft() {
        return new NewsPost("인천 산업단지 구조고도화", "요약", "<p>본문</p>", POLICY, "편집팀", NOW);
    }

    @Test
    void aNewPostIsADraftNobodyCanRead() {
        NewsPost post = draft();

        assertEquals(PublicationState.DRAFT, post.state(NOW));
        assertFalse(post.isPublic(NOW));
        assertFalse(post.isPublic(NOW.plus(Duration.ofDays(365))), "a draft never becomes public by itself");
        assertNull(post.getPublishedAt());
        assertEquals("인천-산업단지-구조고도화", post.getSlug(), "the address comes from the title");
    }

    @Test
    void publishedNowItIsPublicAtOnce() {
        NewsPost post = draft();
        post.publish(NOW);

        assertEquals(PublicationState.PUBLISHED, post.state(NOW));
        assertTrue(post.isPublic(NOW));
        assertEquals(NOW, post.getPublishedAt());
    }

    @Test
    void aScheduledPostBecomesPublicWhenItsTimeComes() {
        NewsPost post = draft();
        Instant at = NOW.plus(Duration.ofHours(3));
        post.publish(at);

        assertEquals(PublicationState.SCHEDULED, post.state(NOW));
        assertFalse(post.isPublic(NOW));
        assertFalse(post.isPublic(at.minusMillis(1)));
        assertTrue(post.isPublic(at), "public from the minute it was scheduled for, without anyone acting");
        assertEquals(PublicationState.PUBLISHED, post.state(at));
        assertEquals(at, post.getUpdatedAt(), "readers see it as changed when it appears");
    }

    @Test
    void publishedInThePastKeepsItsLastChange() {
        NewsPost post = draft();
        post.publish(NOW.minus(Duration.ofDays(2)));

        assertTrue(post.isPublic(NOW));
        assertEquals(NOW, post.getUpdatedAt());
    }

    @Test
    void withdrawnItIsADraftAgainWithoutAPublicationTime() {
        NewsPost post = draft();
        post.publish(NOW);
        Instant later = NOW.plus(Duration.ofMinutes(5));
        post.withdraw(later);

        assertEquals(PublicationState.DRAFT, post.state(later));
        assertFalse(post.isPublic(later));
        assertNull(post.getPublishedAt());
        assertEquals(later, post.getUpdatedAt());
    }

    @Test
    void aRevisionChangesTheTextButNotWhetherItIsPublic() {
        NewsPost post = draft();
        post.publish(NOW);
        Instant later = NOW.plus(Duration.ofHours(1));
        Category other = new Category("funding", "지원사업", 2);
        post.revise("새 제목", "new-title", "새 요약", "<p>새 본문</p>", other, "기자", later);

        assertEquals("새 제목", post.getTitle());
        assertEquals("new-title", post.getSlug());
        assertEquals(other, post.getCategory());
        assertEquals(later, post.getUpdatedAt());
        assertTrue(post.isPublic(later));
        assertEquals(NOW, post.getPublishedAt());
    }

    @Test
    void aPostNeedsATitleSummaryBodyCategoryAndAuthor() {
        assertThrows(IllegalArgumentException.class, () -> new NewsPost(" ", "요약", "<p>본문</p>", POLICY, "편집팀", NOW));
        assertThrows(IllegalArgumentException.class, () -> new NewsPost("제목", "", "<p>본문</p>", POLICY, "편집팀", NOW));
        assertThrows(IllegalArgumentException.class, () -> new NewsPost("제목", "요약", null, POLICY, "편집팀", NOW));
        assertThrows(NullPointerException.class, () -> new NewsPost("제목", "요약", "<p>본문</p>", null, "편집팀", NOW));
        assertThrows(IllegalArgumentException.class, () -> new NewsPost("제목", "요약", "<p>본문</p>", POLICY, "", NOW));
        NewsPost post = draft();
        assertThrows(
                IllegalArgumentException.class,
                () -> post.revise("제목", "not a slug!", "요약", "<p>본문</p>", POLICY, "편집팀", NOW));
    }

    @Test
    void theCoverIsALibraryPictureByIdWithItsCaption() {
        NewsPost post = draft();
        post.setCover(42L, "남동국가산업단지 전경");

        assertEquals(42L, post.getCoverImageId());
        assertEquals("남동국가산업단지 전경", post.getCoverCaption());

        post.setCover(null, null);
        assertNull(post.getCoverImageId());
    }

    @Test
    void searchReadsTheBodyWithoutMarkup() {
        NewsPost post = new NewsPost("제목", "요약", "<p>스마트 <b>산단</b> 전환</p>", POLICY, "편집팀", NOW);

        assertEquals("스마트 산단 전환", post.getBodyText().strip());
    }
}
