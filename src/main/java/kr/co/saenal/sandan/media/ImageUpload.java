package kr.co.saenal.sandan.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import kr.co.saenal.sandan.platform.Texts;

/**
 * An uploaded file that passed the checks: within the byte limit, a JPEG, PNG, GIF or WebP by its bytes, of a
 * sane pixel count, and decodable (WebPs, and CMYK and YCCK JPEGs in their true colours, by the TwelveMonkeys
 * plugins in the WAR). Keeps a reduced copy of the picture in sRGB for making the list variants; none for animated
 * GIFs and WebPs, nor for WebPs too large to decode in little memory (checked by their header only), which are
 * served as they are. Size and picture are as a person sees them: a JPEG's Exif orientation is applied, as
 * browsers apply it to the original.
 */
final class ImageUpload {

    private final byte[] data;
    private final ImageFormat format;
    private final ImageSize size;
    private final BufferedImage picture;

    private ImageUpload(byte[] data, ImageFormat format, ImageSize size, BufferedImage picture) {
        this.data = data;
        this.format = format;
        this.size = size;
        this.picture = picture;
    }

    /** @throws ImageRejectedException (field {@code file}) with the reason in Korean */
    static ImageUpload inspect(byte[] data, ImageLimits limits) {
        if (data == null || data.length == 0) {
            throw rejected(Texts.say(ImageUpload.class, "imageUpload.missing"));
        }
        if (data.length > limits.maxBytes()) {
            throw rejected(Texts.say(
                    ImageUpload.class, "imageUpload.tooLarge", limits.maxSizeText(), ByteSizes.text(data.length)));
        }
        ImageFormat format = ImageFormat.sniff(data)
                .orElseThrow(() -> rejected(Texts.say(ImageUpload.class, "imageUpload.notAnImage")));
        if (format == ImageFormat.WEBP) {
            // our own reading of the RIFF header first: a bomb is refused before any decoder parses the file
            ImageSize size = checked(WebpHeader.size(data).orElseThrow(ImageUpload::unreadable));
            if (size.pixels() > ImageLimits.MAX_DECODED_WEBP_PIXELS) {
                return new ImageUpload(data, format, size, null);
            }
        }
        return decode(data, format);
    }

    private static ImageUpload decode(byte[] data, ImageFormat format) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                // the header first: a bomb is refused before a single pixel is decoded
                ImageSize size = checked(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
                boolean animated =
                        (format == ImageFormat.GIF || format == ImageFormat.WEBP) && reader.getNumImages(true) > 1;
                ImageReadParam param = reader.getDefaultReadParam();
                // decoding every n-th pixel keeps memory small; still at least twice the widest variant
                int step = Math.max(1, size.width() / (2 * ImageVariant.WIDTHS.get(ImageVariant.WIDTHS.size() - 1)));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                int orientation = format == ImageFormat.JPEG ? ExifOrientation.of(data) : ExifOrientation.UPRIGHT;
                return new ImageUpload(
                        data,
                        format,
                        ExifOrientation.upright(size, orientation),
                        animated ? null : ExifOrientation.upright(normalised(decoded), orientation));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRejectedException rejected) {
                throw rejected;
            }
            throw unreadable();
        }
    }

    private static ImageSize checked(ImageSize size) {
        if (size.pixels() > ImageLimits.MAX_PIXELS) {
            throw rejected(Texts.say(
                    ImageUpload.class,
                    "imageUpload.tooManyPixels",
                    size.width(),
                    size.height(),
                    ImageLimits.MAX_PIXELS / 10_000,
                    ImageLimits.MAX_PIXELS / 1_000_000));
        }
        return size;
    }

    /** RGB when every pixel is opaque, ARGB when any is (partly) transparent. */
    private static BufferedImage normalised(BufferedImage decoded) {
        boolean transparent = decoded.getColorModel().hasAlpha() && hasTransparentPixel(decoded);
        BufferedImage picture = new BufferedImage(
                decoded.getWidth(),
                decoded.getHeight(),
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        try {
            if (!transparent) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            }
            g.drawImage(decoded, 0, 0, null);
        } finally {
            g.dispose();
        }
        return picture;
    }

    private static boolean hasTransparentPixel(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ImageRejectedException rejected(String koreanMessage) {
        return new ImageRejectedException("file", koreanMessage);
    }

    private static ImageRejectedException unreadable() {
        return rejected(Texts.say(ImageUpload.class, "imageUpload.unreadable"));
    }

    byte[] data() {
        return data;
    }

    ImageFormat format() {
        return format;
    }

    ImageSize size() {
        return size;
    }

    /** The decoded picture (possibly reduced), or empty when the original is served as it is. */
    Optional<BufferedImage> picture() {
        return Optional.ofNullable(picture);
    }
}
