package kr.co.saenal.sandan.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.Texts;

/**
 * The newsroom's pictures: upload (checked by content, described in words, with list variants made at once),
 * look up, describe again, delete while nothing uses it. The back-office image page and the news editor both
 * call this; every refusal is an {@link ImageRejectedException} with the reason in the editor's language, and nothing
 * is stored.
 */
@ApplicationScoped
@Transactional
public class ImageLibrary {

    public static final int PAGE_SIZE = 24;

    private static final Logger LOG = Logger.getLogger(ImageLibrary.class.getName());

    @Inject
    ImageRepository images;

    @Inject
    ImageLimits limits;

    @Inject
    Instance<ImageUsage> usages;

    @Inject
    Clock clock;

    /**
     * Stores a picture. {@code clientFileName} is kept for people to recognise the file, never trusted for its type.
     *
     * @throws ImageRejectedException when the file, the alt text or the caption breaks a rule
     */
    public LibraryImage upload(
            String clientFileName, byte[] content, String altText, String caption, String uploadedBy) {
        List<FieldError> errors = new ArrayList<>();
        ImageUpload upload = null;
        try {
            upload = ImageUpload.inspect(content, limits);
        } catch (ImageRejectedException e) {
            errors.addAll(e.errors());
        }
        ImageDescription description = ImageDescription.of(altText, caption, errors);
        if (!errors.isEmpty()) {
            throw new ImageRejectedException(errors);
        }
        StoredImage image = new StoredImage(
                FileNames.displayable(clientFileName, upload.format()),
                upload,
                description,
                uploadedBy,
                clock.instant());
        images.add(image);
        List<ImageVariant> variants = VariantRenderer.render(upload, image);
        variants.forEach(images::add);
        LOG.info(() -> "Image " + image.getId() + " uploaded by " + uploadedBy + ": " + image.getContentType() + " "
                + image.getWidth() + "x" + image.getHeight() + ", " + image.getByteSize() + " bytes, "
                + variants.size() + " variants");
        return images.libraryImage(image.getId()).orElseThrow();
    }

    /** As {@link #upload(String, byte[], String, String, String)}, reading at most the byte limit (plus one) from the stream. */
    public LibraryImage upload(
            String clientFileName, InputStream content, String altText, String caption, String uploadedBy) {
        return upload(clientFileName, readAtMostOneByteOverLimit(content), altText, caption, uploadedBy);
    }

    private byte[] readAtMostOneByteOverLimit(InputStream content) {
        if (content == null) {
            return new byte[0];
        }
        try (InputStream in = content) {
            return in.readNBytes((int) limits.maxBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a picture as {@link #upload} would, without storing anything (an import fetches pictures first and
     * stores them later, all in one transaction).
     *
     * @throws ImageRejectedException with the reason, when {@link #upload} would refuse the file
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void inspect(byte[] content) {
        ImageUpload.inspect(content, limits);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LibraryImage> find(long id) {
        return images.libraryImage(id);
    }

    /** Page {@code page} (from 1; out-of-range pages are clamped) of {@value #PAGE_SIZE} images, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImagePage latest(int page) {
        long total = images.count();
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pageCount);
        return new ImagePage(images.latest((current - 1) * PAGE_SIZE, PAGE_SIZE), current, pageCount, total);
    }

    /** New alt text and caption; the picture and its URLs stay. */
    public LibraryImage describe(long id, String altText, String caption) {
        StoredImage image = existing(id);
        List<FieldError> errors = new ArrayList<>();
        ImageDescription description = ImageDescription.of(altText, caption, errors);
        if (!errors.isEmpty()) {
            throw new ImageRejectedException(errors);
        }
        image.describe(description);
        return images.libraryImage(id).orElseThrow();
    }

    /** Deletes the image and its variants, unless a post shows it as its cover or links it in its body. */
    public void delete(long id) {
        StoredImage image = existing(id);
        List<String> covers = usedAs(id, ImageUsage.Place.COVER);
        if (!covers.isEmpty()) {
            throw new ImageRejectedException(
                    "image",
                    Texts.say(ImageLibrary.class, "imageLibrary.usedAsCover", covers.get(0), covers.size() - 1));
        }
        List<String> bodies = usedAs(id, ImageUsage.Place.BODY);
        if (!bodies.isEmpty()) {
            throw new ImageRejectedException(
                    "image",
                    Texts.say(ImageLibrary.class, "imageLibrary.usedInBody", bodies.get(0), bodies.size() - 1));
        }
        images.delete(image);
        LOG.info(() -> "Image " + id + " deleted");
    }

    private List<String> usedAs(long id, ImageUsage.Place place) {
        return usages.stream()
                .flatMap(usage -> usage.titlesShowing(id, place).stream())
                .toList();
    }

    public ImageLimits limits() {
        return limits;
    }

    private StoredImage existing(long id) {
        return images.find(id)
                .orElseThrow(() ->
                        new ImageRejectedException("image", Texts.say(ImageLibrary.class, "imageLibrary.notFound")));
    }
}
