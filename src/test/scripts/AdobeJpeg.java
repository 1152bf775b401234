import java.awt.Transparency;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes a CMYK or YCCK JPEG the way print software does: the picture in CMYK, stored inverted (Adobe's convention),
 * an Adobe APP14 marker with transform 0 (CMYK) or 2 (YCCK) and a CMYK ICC profile in APP2. ImageMagick writes CMYK
 * JPEGs only as YCCK, so here the JDK's encoder is handed the samples.
 * Usage: java AdobeJpeg.java cmyk|ycck in.png cmyk-profile.icc quality out.jpg [--no-profile]
 */
public class AdobeJpeg {

    public static void main(String[] args) throws Exception {
        boolean ycck = args[0].equals("ycck");
        BufferedImage rgb = ImageIO.read(new File(args[1]));
        Path profile = Path.of(args[2]);
        float quality = Float.parseFloat(args[3]);
        // CMYK the naive way (K = 1 - max(R, G, B)), which is what the profile made by naive-cmyk-icc.py describes
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, rgb.getWidth(), rgb.getHeight(), 4,
                null);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int pixel = rgb.getRGB(x, y);
                double r = (pixel >> 16 & 0xff) / 255.0;
                double g = (pixel >> 8 & 0xff) / 255.0;
                double b = (pixel & 0xff) / 255.0;
                double k = 1 - Math.max(r, Math.max(g, b));
                double[] cmyk = k >= 1 ? new double[] {0, 0, 0, 1}
                        : new double[] {(1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k};
                int[] stored = new int[4];
                for (int band = 0; band < 4; band++) {
                    stored[band] = 255 - (int) Math.round(cmyk[band] * 255); // Adobe stores CMYK inverted
                }
                if (!ycck) {
                    raster.setPixel(x, y, stored);
                    continue;
                }
                // for YCCK the JDK's encoder takes the samples converted already, as libjpeg's cmyk_ycck_convert would
                double r2 = 255 - stored[0];
                double g2 = 255 - stored[1];
                double b2 = 255 - stored[2];
                raster.setSample(x, y, 0, clamp(0.299 * r2 + 0.587 * g2 + 0.114 * b2));
                raster.setSample(x, y, 1, clamp(-0.16874 * r2 - 0.33126 * g2 + 0.5 * b2 + 128));
                raster.setSample(x, y, 2, clamp(0.5 * r2 - 0.41869 * g2 - 0.08131 * b2 + 128));
                raster.setSample(x, y, 3, stored[3]);
            }
        }

        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ICC_ColorSpace cmykSpace = new ICC_ColorSpace(ICC_Profile.getInstance(profile.toString()));
        ComponentColorModel model = new ComponentColorModel(cmykSpace, false, false, Transparency.OPAQUE,
                DataBuffer.TYPE_BYTE);
        ImageTypeSpecifier type = new ImageTypeSpecifier(model, raster.getSampleModel());
        IIOMetadata metadata = writer.getDefaultImageMetadata(type, param);
        String format = "javax_imageio_jpeg_image_1.0";
        Node tree = metadata.getAsTree(format);
        Element variety = (Element) ((Element) tree).getElementsByTagName("JPEGvariety").item(0);
        while (variety.hasChildNodes()) {
            variety.removeChild(variety.getFirstChild()); // no JFIF: an Adobe file
        }
        Element sequence = (Element) ((Element) tree).getElementsByTagName("markerSequence").item(0);
        Element adobe = null;
        for (Node n = sequence.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals("app14Adobe")) {
                adobe = (Element) n;
            }
        }
        if (adobe == null) {
            adobe = new IIOMetadataNode("app14Adobe");
            sequence.insertBefore(adobe, sequence.getFirstChild());
        }
        adobe.setAttribute("transform", ycck ? "2" : "0");
        metadata.setFromTree(format, tree);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, metadata), param);
        }
        boolean embed = args.length < 6 || !args[5].equals("--no-profile");
        byte[] jpeg = embed ? withIccProfile(out.toByteArray(), Files.readAllBytes(profile)) : out.toByteArray();
        Files.write(Path.of(args[4]), jpeg);
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }

    /** The JPEG with an APP2 ICC_PROFILE segment right after SOI (one chunk: profiles under 64 KB). */
    private static byte[] withIccProfile(byte[] jpeg, byte[] icc) {
        byte[] id = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + id.length + 2 + icc.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xff);
        out.write(0xe2);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(id);
        out.write(1);
        out.write(1);
        out.writeBytes(icc);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
