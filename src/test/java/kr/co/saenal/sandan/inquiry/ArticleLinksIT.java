package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import kr.co.saenal.sandan.news.CategoryRepository;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.NewsRepository;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A request sent from an article's page outlives the article: deleting the post leaves it whole but the link. */
@ExtendWith(ArquillianExtension.class)
class ArticleLinksIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    NewsRepository news;

    @Inject
    CategoryRepository categories;

    @Inject
    Newsroom newsroom;

    @Inject
    InquiryReception reception;

    @Inject
    InquiryRepository inquiries;

    @Inject
    UserTransaction transaction;

    @Test
    void deletingAPostKeepsTheRequestsSentFromItsPage() throws Exception {
        transaction.begin();
        NewsPost post = new NewsPost(
                "삭제될 기사", "요약", "<p>본문</p>", categories.bySlug("policy").orElseThrow(), "편집팀", Instant.now());
        post.publish(Instant.now());
        news.add(post);
        transaction.commit();
        InquiryReceipt receipt = reception.receive(
                new InquiryRequest(
                        "박과장",
                        "새날정밀",
                        "010-2345-6789",
                        "park@example.co.kr",
                        null,
                        null,
                        "기사에 나온 지원사업을 상담받고 싶습니다.",
                        true,
                        false),
                new InquiryOrigin(InquiryChannel.ARTICLE_FORM, post.getId(), "203.0.113.9", null),
                null);

        newsroom.delete(post.getId());

        Inquiry kept = inquiries.find(receipt.id()).orElseThrow();
        assertNull(kept.getNewsPostId(), "the link to the deleted post is gone");
        assertEquals("박과장", kept.getName());
        assertEquals(InquiryChannel.ARTICLE_FORM, kept.getChannel());
        assertEquals("기사에 나온 지원사업을 상담받고 싶습니다.", kept.getMessage());
    }
}
