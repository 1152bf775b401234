package kr.co.saenal.sandan.media;

/** A picture's width and height in pixels. */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Not a picture size: " + width + "x" + height);
        }
    }

    public long pixels() {
        return (long) width * height;
    }

    /** The size at {@code targetWidth}, keeping the aspect ratio (at least one pixel high). */
    public ImageSize scaledToWidth(int targetWidth) {
        return new ImageSize(targetWidth, (int) Math.max(1, Math.round((double) height * targetWidth / width)));
    }
}
