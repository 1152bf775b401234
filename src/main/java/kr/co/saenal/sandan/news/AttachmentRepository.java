package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The queries on posts' attachments and their bytes. */
@ApplicationScoped
public class AttachmentRepository {

    private static final String ROW = "select new kr.co.saenal.sandan.news.AttachmentRow("
            + "a.id, a.post.id, a.position, a.fileName, a.kind, a.byteSize, a.downloadCount) from PostAttachment a ";

    @PersistenceContext
    EntityManager em;

    public List<AttachmentRow> rows(long postId) {
        return em.createQuery(ROW + "where a.post.id = :post order by a.position, a.id", AttachmentRow.class)
                .setParameter("post", postId)
                .getResultList();
    }

    public List<PostAttachment> attachments(long postId) {
        return em.createQuery(
                        "select a from PostAttachment a where a.post.id = :post order by a.position, a.id",
                        PostAttachment.class)
                .setParameter("post", postId)
                .getResultList();
    }

    public Optional<PostAttachment> find(long id) {
        return Optional.ofNullable(em.find(PostAttachment.class, id));
    }

    public Optional<AttachmentFile> file(long id) {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.news.AttachmentFile(a.id, a.fileName, a.kind, a.byteSize,"
                                + " a.sha256, a.createdAt, p.status, p.publishedAt)"
                                + " from PostAttachment a join a.post p where a.id = :id",
                        AttachmentFile.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** Which of these posts carry files (one statement for a whole list page). */
    public Set<Long> postsWithFiles(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select distinct a.post.id from PostAttachment a where a.post.id in :ids", Long.class)
                .setParameter("ids", postIds)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /** Every published post that carries files (one statement for a page of any number of lists). */
    public Set<Long> publishedPostsWithFiles() {
        return em.createQuery(
                        "select distinct a.post.id from PostAttachment a where a.post.status = "
                                + "kr.co.saenal.sandan.news.PostStatus.PUBLISHED",
                        Long.class)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    public int count(long postId) {
        return em.createQuery("select count(a) from PostAttachment a where a.post.id = :post", Long.class)
                .setParameter("post", postId)
                .getSingleResult()
                .intValue();
    }

    public void add(PostAttachment attachment) {
        em.persist(attachment);
        em.flush();
    }

    /** Stores one piece of the bytes and lets go of it, so that a large file never sits whole in the context. */
    public void addChunk(long attachmentId, int seq, byte[] data) {
        AttachmentChunk chunk = new AttachmentChunk(attachmentId, seq, data);
        em.persist(chunk);
        em.flush();
        em.detach(chunk);
    }

    /** One piece of the bytes, or {@code null} when the file is gone. */
    public byte[] chunk(long attachmentId, int seq) {
        return em.createQuery(
                        "select c.data from AttachmentChunk c where c.key.attachmentId = :id and c.key.seq = :seq",
                        byte[].class)
                .setParameter("id", attachmentId)
                .setParameter("seq", seq)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    public void remove(PostAttachment attachment) {
        em.createQuery("delete from AttachmentChunk c where c.key.attachmentId = :id")
                .setParameter("id", attachment.getId())
                .executeUpdate();
        em.remove(attachment);
    }

    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void addDownloads(long id, long downloads) {
        em.createQuery("update PostAttachment a set a.downloadCount = a.downloadCount + :n where a.id = :id")
                .setParameter("n", downloads)
                .setParameter("id", id)
                .executeUpdate();
    }
}
