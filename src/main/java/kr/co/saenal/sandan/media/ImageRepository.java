package kr.co.saenal.sandan.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stored images and their variants. Lists select read models, never the bytes. */
@ApplicationScoped
public class ImageRepository {

    private static final String LIBRARY_IMAGE = "select new kr.co.saenal.sandan.media.LibraryImage(i.id, i.fileName, "
            + "i.contentType, i.width, i.height, i.byteSize, i.altText, i.caption, i.uploadedBy, i.createdAt) from StoredImage i ";

    @PersistenceContext
    EntityManager em;

    public void add(StoredImage image) {
        em.persist(image);
    }

    void add(ImageVariant variant) {
        em.persist(variant);
    }

    public Optional<StoredImage> find(long id) {
        return Optional.ofNullable(em.find(StoredImage.class, id));
    }

    /** The image's metadata without its bytes, for conditional requests. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImageHead> head(long id) {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.media.ImageHead(i.id, 0, i.contentType, i.sha256, "
                                + "i.byteSize, i.createdAt) from StoredImage i where i.id = :id",
                        ImageHead.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** The variant {@code width} pixels wide, if the image has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImageHead> variantHead(long id, int width) {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.media.ImageHead(v.image.id, v.width, v.contentType, "
                                + "v.sha256, v.byteSize, v.image.createdAt) from ImageVariant v "
                                + "where v.image.id = :id and v.width = :width",
                        ImageHead.class)
                .setParameter("id", id)
                .setParameter("width", width)
                .getResultStream()
                .findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] data(ImageHead head) {
        if (head.isVariant()) {
            return em.createQuery(
                            "select v.data from ImageVariant v where v.image.id = :id and v.width = :width",
                            byte[].class)
                    .setParameter("id", head.imageId())
                    .setParameter("width", head.variantWidth())
                    .getSingleResult();
        }
        return em.createQuery("select i.data from StoredImage i where i.id = :id", byte[].class)
                .setParameter("id", head.imageId())
                .getSingleResult();
    }

    Optional<LibraryImage> libraryImage(long id) {
        return em.createQuery(LIBRARY_IMAGE + "where i.id = :id", LibraryImage.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(image -> image.withVariants(variantWidths(List.of(id)).getOrDefault(id, List.of())));
    }

    List<LibraryImage> latest(int first, int max) {
        List<LibraryImage> images = em.createQuery(
                        LIBRARY_IMAGE + "order by i.createdAt desc, i.id desc", LibraryImage.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        Map<Long, List<Integer>> widths =
                variantWidths(images.stream().map(LibraryImage::id).toList());
        return images.stream()
                .map(i -> i.withVariants(widths.getOrDefault(i.id(), List.of())))
                .toList();
    }

    long count() {
        return em.createQuery("select count(i) from StoredImage i", Long.class).getSingleResult();
    }

    private Map<Long, List<Integer>> variantWidths(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select v.image.id, v.width from ImageVariant v where v.image.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        row -> (Long) row[0], Collectors.mapping(row -> (Integer) row[1], Collectors.toList())));
    }

    void delete(StoredImage image) {
        em.createQuery("delete from ImageVariant v where v.image.id = :id")
                .setParameter("id", image.getId())
                .executeUpdate();
        em.remove(image);
    }
}
