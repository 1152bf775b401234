package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.media.StoredImage;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/**
 * The editors' side of the news: every post whatever its state, writing, publishing (now or at a set time),
 * withdrawing, deleting, and the history of each post with restore. Bodies are sanitized here, so no other
 * path can store unsafe HTML.
 */
@ApplicationScoped
@Transactional
public class Newsroom {

    public static final int MAX_PAGE_SIZE = 100;
    static final int MAX_BODY_LENGTH = 200_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    public List<PostRow> list(PostQuery query, int first, int size) {
        TypedQuery<PostRow> select = em.createQuery("select " + PostRow.COLUMNS + " from NewsPost p join p.category c"
                + where(query) + " order by " + query.sort().path + (query.ascending() ? " asc" : " desc")
                + " nulls last, p.id desc", PostRow.class);
        bind(select, query);
        return select.setFirstResult(first).setMaxResults(Math.min(size, MAX_PAGE_SIZE)).getResultList();
    }

    public long count(PostQuery query) {
        TypedQuery<Long> count = em.createQuery("select count(p) from NewsPost p join p.category c" + where(query),
                Long.class);
        bind(count, query);
        return count.getSingleResult();
    }

    private static String where(PostQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.state() != null) {
            conditions.add(switch (query.state()) {
                case DRAFT -> "p.status = kr.co.saenal.sandan.news.PostStatus.DRAFT";
                case SCHEDULED -> "p.status = kr.co.saenal.sandan.news.PostStatus.PUBLISHED and p.publishedAt > :now";
                case PUBLISHED -> "p.status = kr.co.saenal.sandan.news.PostStatus.PUBLISHED and p.publishedAt <= :now";
            });
        }
        if (query.categoryId() != null) {
            conditions.add("c.id = :category");
        }
        if (query.hasText()) {
            conditions.add("lower(p.title) like :text escape '\\'");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private void bind(TypedQuery<?> select, PostQuery query) {
        if (query.state() == PublicationState.SCHEDULED || query.state() == PublicationState.PUBLISHED) {
            select.setParameter("now", clock.instant());
        }
        if (query.categoryId() != null) {
            select.setParameter("category", query.categoryId());
        }
        if (query.hasText()) {
            select.setParameter("text", query.searchPattern());
        }
    }

    public Optional<NewsPost> find(long id) {
        return Optional.ofNullable(em.find(NewsPost.class, id));
    }

    /** The post as readers would see it, whatever its state (for the preview). */
    public Optional<NewsArticle> preview(long id) {
        return Optional.ofNullable(em.find(NewsPost.class, id)).map(post -> NewsArticle.of(post, null, null));
    }

    /**
     * Creates ({@code id == null}) or changes a post.
     *
     * @return the post's id
     * @throws RuleViolationException with every broken rule; nothing is stored then
     * @throws PostNotFoundException when the post was deleted meanwhile
     */
    public long save(Long id, PostDraft draft, String editorName) {
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        validator.validate(draft).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        String body = ArticleHtml.sanitize(draft.getBody());
        if (!ArticleHtml.hasText(body)) {
            errors.add(new FieldError("body", "본문을 입력해 주세요."));
        } else if (body.length() > MAX_BODY_LENGTH) {
            errors.add(new FieldError("body", "본문이 너무 깁니다. 글을 나누어 올려 주세요."));
        }
        String slug = draft.getSlug() == null || draft.getSlug().isBlank()
                ? Slugs.fromTitle(draft.getTitle() == null ? "" : draft.getTitle())
                : draft.getSlug().strip();
        if (!Slugs.isValid(slug)) {
            errors.add(new FieldError("slug", "주소에는 글자, 숫자와 하이픈(-)만 쓸 수 있습니다."));
        }
        Category category = draft.getCategoryId() == null ? null : em.find(Category.class, draft.getCategoryId());
        if (draft.getCategoryId() != null && category == null) {
            errors.add(new FieldError("categoryId", "없는 분류입니다. 다시 골라 주세요."));
        }
        StoredImage cover = draft.getCoverImageId() == null ? null : em.find(StoredImage.class, draft.getCoverImageId());
        if (draft.getCoverImageId() != null && cover == null) {
            errors.add(new FieldError("coverImageId", "대표 이미지를 찾을 수 없습니다. 다시 골라 주세요."));
        }
        Instant publishAt = publicationTime(draft, now, errors);
        NewsPost post = id == null ? null : em.find(NewsPost.class, id);
        if (id != null && post == null) {
            throw new PostNotFoundException(id);
        }
        if (post != null && draft.getLoadedVersion() != null && post.getVersion() != draft.getLoadedVersion()) {
            errors.add(new FieldError("title", "그사이 다른 사람이 이 글을 고쳤습니다. 새로 열어 바뀐 내용을 확인한 뒤 다시 저장해 주세요."));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        String title = draft.getTitle().strip();
        if (post == null) {
            post = new NewsPost(title, draft.getSummary().strip(), body, category, draft.getAuthorName().strip(), now);
            em.persist(post);
        }
        post.revise(title, slug, draft.getSummary().strip(), body, category, draft.getAuthorName().strip(), now);
        post.setCover(cover, blankToNull(draft.getCoverCaption()));
        switch (draft.getPublication()) {
            case DRAFT -> post.withdraw(now);
            case PUBLISHED -> post.publish(post.isPublic(now) ? post.getPublishedAt() : now);
            case SCHEDULED -> post.publish(publishAt);
        }
        em.flush();
        return post.getId();
    }

    private static Instant publicationTime(PostDraft draft, Instant now, List<FieldError> errors) {
        if (draft.getPublication() != PublicationState.SCHEDULED) {
            return null;
        }
        if (draft.getPublishAt() == null) {
            errors.add(new FieldError("publishAt", "예약 게시할 날짜와 시각을 입력해 주세요."));
            return null;
        }
        Instant at = draft.getPublishAt().atZone(KoreanTime.ZONE).toInstant();
        if (!at.isAfter(now)) {
            errors.add(new FieldError("publishAt", "예약 시각은 지금보다 뒤여야 합니다. 바로 공개하려면 ‘지금 게시’를 고르세요."));
        }
        return at;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Deletes a post; consultation requests sent from its page keep everything but the link to it. */
    public void delete(long id) {
        NewsPost post = em.find(NewsPost.class, id);
        if (post == null) {
            throw new PostNotFoundException(id);
        }
        em.createQuery("update Inquiry i set i.newsPostId = null where i.newsPostId = :id").setParameter("id", id)
                .executeUpdate();
        em.remove(post);
    }

    /** Every saved change of a post, newest first (also after the post was deleted). */
    public List<PostRevisionRow> history(long id) {
        List<?> rows = auditReader().createQuery().forRevisionsOfEntity(NewsPost.class, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> {
            NewsPost post = (NewsPost) row[0];
            ContentRevision revision = (ContentRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            return new PostRevisionRow(revision.getId(), revision.getRevisedAt(), revision.getEditor(), type,
                    post.getTitle(), post.getStatus(), post.getPublishedAt());
        }).toList();
    }

    /** The post as it was right after the given revision. */
    public Optional<NewsArticle> revision(long id, long revision) {
        return Optional.ofNullable(auditReader().find(NewsPost.class, id, revision))
                .filter(old -> old.getTitle() != null)
                .map(old -> NewsArticle.of(old, null, null));
    }

    /**
     * Brings back the text, category and cover of an earlier revision as a new change; whether and when the
     * post is public stays as it is now.
     */
    public void restore(long id, long revision) {
        NewsPost post = em.find(NewsPost.class, id);
        if (post == null) {
            throw new PostNotFoundException(id);
        }
        NewsPost old = auditReader().find(NewsPost.class, id, revision);
        if (old == null || old.getTitle() == null) {
            throw new RuleViolationException(List.of(new FieldError("revision", "되돌릴 수 있는 버전이 아닙니다.")));
        }
        Category category = Optional.ofNullable(old.getCategory()).map(c -> em.find(Category.class, c.getId()))
                .orElse(post.getCategory());
        StoredImage cover = old.getCoverImage() == null ? null : em.find(StoredImage.class, old.getCoverImage().getId());
        post.revise(old.getTitle(), old.getSlug(), old.getSummary(), ArticleHtml.sanitize(old.getBody()),
                category == null ? post.getCategory() : category, old.getAuthorName(), clock.instant());
        post.setCover(cover, old.getCoverCaption());
    }

    private AuditReader auditReader() {
        return AuditReaderFactory.get(em);
    }
}
