package kr.co.saenal.sandan.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The orientation a camera wrote into a JPEG's Exif block (tag 0x0112, values 1–8). Browsers turn the original
 * upright by it; the JDK does not, so the variants are turned here, and a picture turned by 90° has its width
 * and height swapped.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private ExifOrientation() {}

    /** The orientation of a JPEG, or {@link #UPRIGHT} when it has none or the Exif block is unreadable. */
    static int of(byte[] jpeg) {
        int offset = 2; // after SOI
        while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xff) == 0xff) {
            int marker = jpeg[offset + 1] & 0xff;
            int length = unsigned16(jpeg, offset + 2, true);
            if (marker == 0xda || length < 2) {
                break; // start of the picture data: no more metadata
            }
            if (marker == 0xe1 && length >= 16 && matches(jpeg, offset + 4, "Exif\0\0")) {
                return inTiff(jpeg, offset + 10, Math.min(jpeg.length, offset + 2 + length));
            }
            offset += 2 + length;
        }
        return UPRIGHT;
    }

    private static int inTiff(byte[] data, int tiff, int end) {
        boolean bigEndian;
        if (matches(data, tiff, "MM")) {
            bigEndian = true;
        } else if (matches(data, tiff, "II")) {
            bigEndian = false;
        } else {
            return UPRIGHT;
        }
        long ifd = tiff + unsigned32(data, tiff + 4, bigEndian);
        if (ifd + 2 > end) {
            return UPRIGHT;
        }
        int entries = unsigned16(data, (int) ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return UPRIGHT;
            }
            if (unsigned16(data, entry, bigEndian) == 0x0112) {
                int value = unsigned16(data, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    /** Orientations 5–8 turn the picture by 90° one way or the other. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    static ImageSize upright(ImageSize stored, int orientation) {
        return swapsSides(orientation) ? new ImageSize(stored.height(), stored.width()) : stored;
    }

    /** The picture as a person should see it. */
    static BufferedImage upright(BufferedImage picture, int orientation) {
        if (orientation == UPRIGHT) {
            return picture;
        }
        int w = picture.getWidth();
        int h = picture.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> {
                t.translate(w, 0);
                t.scale(-1, 1);
            }
            case 3 -> {
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 4 -> {
                t.translate(0, h);
                t.scale(1, -1);
            }
            case 5 -> {
                t.rotate(-Math.PI / 2);
                t.scale(-1, 1);
            }
            case 6 -> {
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            case 7 -> {
                t.scale(-1, 1);
                t.translate(-h, 0);
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            case 8 -> {
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            default -> throw new IllegalArgumentException("Orientation " + orientation);
        }
        boolean swap = swapsSides(orientation);
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, picture.getType());
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(picture, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    private static boolean matches(byte[] data, int offset, String ascii) {
        if (offset < 0 || offset + ascii.length() > data.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (data[offset + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int unsigned16(byte[] data, int offset, boolean bigEndian) {
        if (offset < 0 || offset + 2 > data.length) {
            return 0;
        }
        int a = data[offset] & 0xff;
        int b = data[offset + 1] & 0xff;
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }

    private static long unsigned32(byte[] data, int offset, boolean bigEndian) {
        long high = unsigned16(data, bigEndian ? offset : offset + 2, bigEndian);
        long low = unsigned16(data, bigEndian ? offset + 2 : offset, bigEndian);
        return (high << 16) | low;
    }
}
