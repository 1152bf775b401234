package kr.co.saenal.sandan.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
public class ImageRepository {

    @PersistenceContext
    EntityManager em;

    public void add(StoredImage image) {
        em.persist(image);
    }

    /** The image's metadata without its bytes, for conditional requests. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImageHead> head(long id) {
        return em.createQuery("select new kr.co.saenal.sandan.media.ImageHead(i.id, i.contentType, i.sha256, i.byteSize, i.createdAt) "
                        + "from StoredImage i where i.id = :id", ImageHead.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] data(long id) {
        return em.createQuery("select i.data from StoredImage i where i.id = :id", byte[].class)
                .setParameter("id", id)
                .getSingleResult();
    }
}
