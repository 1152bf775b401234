package kr.co.saenal.sandan.news.importing;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The old site's pictures, served by the test deployment itself: any path under /test-old-site/uploads/ is a small
 * PNG (its colour from the name, so every picture differs); "not-a-picture" paths answer HTML with 200, as a broken
 * old site would. Under /test-old-site/held/KEY/… the same pictures wait until /test-old-site/release/KEY is asked
 * for (at most a minute): an import fetching them takes as long as the test wants.
 */
@WebServlet("/test-old-site/*")
public class OldSitePictures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, CountDownLatch> GATES = new ConcurrentHashMap<>();

    private static CountDownLatch gate(String key) {
        return GATES.computeIfAbsent(key, k -> new CountDownLatch(1));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.startsWith("/release/")) {
            gate(path.substring("/release/".length())).countDown();
            response.setStatus(204);
            return;
        }
        if (path.startsWith("/held/")) {
            int end = path.indexOf('/', "/held/".length());
            String key = path.substring("/held/".length(), end);
            try {
                gate(key).await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            path = path.substring(end);
        }
        if (path.contains("not-a-picture")) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<html><body>not a picture</body></html>");
            return;
        }
        if (!path.startsWith("/uploads/")) {
            response.sendError(404);
            return;
        }
        BufferedImage picture = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(path.hashCode() & 0xffffff));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.drawLine(0, 0, 63, 47);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        response.setContentType("image/png");
        response.setContentLength(png.size());
        response.getOutputStream().write(png.toByteArray());
    }
}
