package kr.co.saenal.sandan.media;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An image of the library as pages and the news editor see it. URLs are root-relative ({@code /media/12}),
 * the form a post body should keep, so that a post survives a change of host name.
 */
public record LibraryImage(
        long id,
        String fileName,
        String contentType,
        int width,
        int height,
        int byteSize,
        String altText,
        String caption,
        String uploadedBy,
        Instant uploadedAt,
        List<Integer> variantWidths)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public LibraryImage {
        variantWidths = List.copyOf(variantWidths);
    }

    /** For queries, which cannot select the variants in the same row. */
    public LibraryImage(
            long id,
            String fileName,
            String contentType,
            int width,
            int height,
            int byteSize,
            String altText,
            String caption,
            String uploadedBy,
            Instant uploadedAt) {
        this(id, fileName, contentType, width, height, byteSize, altText, caption, uploadedBy, uploadedAt, List.of());
    }

    LibraryImage withVariants(List<Integer> widths) {
        return new LibraryImage(
                id,
                fileName,
                contentType,
                width,
                height,
                byteSize,
                altText,
                caption,
                uploadedBy,
                uploadedAt,
                widths.stream().sorted().toList());
    }

    /** The original: {@code /media/{id}}. */
    public String url() {
        return "/media/" + id;
    }

    /** The variant {@code width} pixels wide, or the original when there is none (it is narrower already). */
    public String url(int width) {
        return variantWidths.contains(width) ? url() + "?w=" + width : url();
    }

    /** The small variant, for grids and lists. */
    public String thumbnailUrl() {
        return url(ImageVariant.WIDTHS.get(0));
    }

    /** For {@code <img srcset>}: every variant and the original, with their widths. */
    public String srcset() {
        return Stream.concat(
                        variantWidths.stream().map(w -> url(w) + " " + w + "w"), Stream.of(url() + " " + width + "w"))
                .collect(Collectors.joining(", "));
    }

    public String sizeText() {
        return ByteSizes.text(byteSize);
    }

    /** "PNG", "JPEG"… */
    public String formatName() {
        return ImageFormat.ofContentType(contentType).map(Enum::name).orElse(contentType);
    }
}
