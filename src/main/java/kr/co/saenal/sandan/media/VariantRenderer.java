package kr.co.saenal.sandan.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes the list variants of an upload: each width of {@link ImageVariant#WIDTHS} narrower than the original,
 * as JPEG (quality 0.85) for opaque pictures and PNG for pictures with transparency (the JDK writes no WebP, so a
 * WebP's variants are JPEG or PNG too). Opaque PNGs, GIFs and WebPs are often drawings (flat colours, text), which
 * PNG keeps smaller and sharper: for them both encodings are made and the smaller kept. A variant that would not
 * be smaller in bytes than the original is not kept: the original serves instead.
 */
final class VariantRenderer {

    private static final float JPEG_QUALITY = 0.85f;

    private VariantRenderer() {}

    static List<ImageVariant> render(ImageUpload upload, StoredImage image) {
        List<ImageVariant> variants = new ArrayList<>();
        upload.picture().ifPresent(picture -> {
            List<ImageFormat> candidates = picture.getColorModel().hasAlpha()
                    ? List.of(ImageFormat.PNG)
                    : upload.format() == ImageFormat.JPEG
                            ? List.of(ImageFormat.JPEG)
                            : List.of(ImageFormat.JPEG, ImageFormat.PNG);
            for (int width : ImageVariant.WIDTHS) {
                if (width >= upload.size().width()) {
                    break;
                }
                ImageSize size = upload.size().scaledToWidth(width);
                BufferedImage scaled = scaled(picture, size);
                ImageFormat best = null;
                byte[] smallest = upload.data();
                for (ImageFormat format : candidates) {
                    byte[] bytes = encode(scaled, format);
                    if (bytes.length < smallest.length) {
                        best = format;
                        smallest = bytes;
                    }
                }
                if (best != null) {
                    variants.add(new ImageVariant(image, size, best, smallest));
                }
            }
        });
        return variants;
    }

    /** Halves with bilinear filtering until one step is left, which keeps thin lines and text legible. */
    private static BufferedImage scaled(BufferedImage source, ImageSize target) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= target.width() && current.getHeight() / 2 >= target.height()) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == target.width() && current.getHeight() == target.height()
                ? current
                : draw(current, target.width(), target.height());
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, source.getType());
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage picture, ImageFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == ImageFormat.PNG) {
                ImageIO.write(picture, "png", out);
                return out.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                writer.write(null, new IIOImage(picture, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
