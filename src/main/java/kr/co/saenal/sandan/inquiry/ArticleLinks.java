package kr.co.saenal.sandan.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.co.saenal.sandan.news.PostDeleted;

/** The article a request was sent from: when the post is deleted, the request keeps everything but the link. */
@ApplicationScoped
public class ArticleLinks {

    @Inject
    InquiryRepository inquiries;

    @Transactional(Transactional.TxType.MANDATORY)
    void postDeleted(@Observes PostDeleted deleted) {
        inquiries.unlinkPost(deleted.postId());
    }
}
