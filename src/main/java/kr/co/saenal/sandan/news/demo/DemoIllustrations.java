package kr.co.saenal.sandan.news.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Cover pictures for the demo articles, drawn rather than copied: an industrial complex at sunrise and a
 * smart-complex control screen. Deterministic (fixed seeds), 1200×675 PNG.
 */
final class DemoIllustrations {

    static final int WIDTH = 1200;
    static final int HEIGHT = 675;

    private static final Color NAVY = new Color(0x12305a);
    private static final Color SUNRISE = new Color(0xf08a24);

    private DemoIllustrations() {}

    static byte[] draw(String name) {
        return switch (name) {
            case "incheon-complex" -> png(DemoIllustrations::industrialComplex);
            case "smart-control" -> png(DemoIllustrations::controlScreen);
            default -> throw new IllegalArgumentException("No illustration named " + name);
        };
    }

    private interface Painter {
        void paint(Graphics2D g);
    }

    private static byte[] png(Painter painter) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            painter.paint(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void industrialComplex(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x1d3f73), 0, HEIGHT * 0.55f, new Color(0xf6c38b)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(255, 214, 150, 120));
        g.fill(new Ellipse2D.Double(820, 150, 260, 260));
        g.setColor(SUNRISE);
        g.fill(new Ellipse2D.Double(880, 210, 140, 140));

        g.setColor(new Color(0x2f4d3a));
        g.fillRect(0, 380, WIDTH, HEIGHT - 380);
        Random random = new Random(42);
        int[] rows = {395, 470, 545, 620};
        for (int r = 0; r < rows.length; r++) {
            int y = rows[r];
            g.setColor(new Color(0x3a3f47));
            g.fillRect(0, y + 56, WIDTH, 10);
            for (int x = 20 + r * 17; x < WIDTH - 60; x += 90 + random.nextInt(50)) {
                int w = 60 + random.nextInt(70);
                int h = 34 + random.nextInt(18);
                drawFactory(g, x, y + 54 - h, w, h, random);
            }
        }
        g.setColor(new Color(0x3a3f47));
        g.fillRect(560, 380, 14, HEIGHT - 380);
    }

    private static void drawFactory(Graphics2D g, int x, int y, int w, int h, Random random) {
        Color wall = random.nextBoolean() ? new Color(0xdfe5ec) : new Color(0xc7d3e0);
        g.setColor(wall);
        g.fillRect(x, y, w, h);
        Path2D roof = new Path2D.Double();
        int teeth = Math.max(2, w / 22);
        double tooth = (double) w / teeth;
        roof.moveTo(x, y);
        for (int i = 0; i < teeth; i++) {
            roof.lineTo(x + i * tooth, y - 12);
            roof.lineTo(x + (i + 1) * tooth, y);
        }
        roof.closePath();
        g.setColor(NAVY);
        g.fill(roof);
        g.setColor(new Color(0x7d8fa6));
        for (int wx = x + 6; wx < x + w - 10; wx += 14) {
            g.fillRect(wx, y + h / 3, 8, 6);
        }
        if (random.nextInt(3) == 0) {
            int cx = x + w - 14;
            g.setColor(new Color(0x8a5a44));
            g.fillRect(cx, y - 40, 8, 40);
            g.setColor(new Color(255, 255, 255, 110));
            g.fill(new Ellipse2D.Double(cx - 8, y - 62, 26, 18));
            g.fill(new Ellipse2D.Double(cx + 6, y - 76, 22, 15));
        }
    }

    private static void controlScreen(Graphics2D g) {
        g.setColor(new Color(0x0c1a2e));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x16294a));
        RoundRectangle2D[] panels = {
            new RoundRectangle2D.Double(40, 40, 700, 380, 24, 24),
            new RoundRectangle2D.Double(770, 40, 390, 180, 24, 24),
            new RoundRectangle2D.Double(770, 240, 390, 180, 24, 24),
            new RoundRectangle2D.Double(40, 450, 1120, 185, 24, 24)
        };
        for (RoundRectangle2D panel : panels) {
            g.fill(panel);
        }
        Random random = new Random(7);
        g.setStroke(new BasicStroke(2f));
        g.setColor(new Color(0x2b4a7a));
        for (int x = 80; x < 720; x += 80) {
            g.drawLine(x, 70, x, 400);
        }
        for (int y = 80; y < 400; y += 64) {
            g.drawLine(60, y, 720, y);
        }
        for (int i = 0; i < 38; i++) {
            double px = 80 + random.nextInt(620);
            double py = 90 + random.nextInt(290);
            Color dot = i % 9 == 0 ? SUNRISE : new Color(0x4fd1c5);
            g.setColor(new Color(dot.getRed(), dot.getGreen(), dot.getBlue(), 70));
            g.fill(new Ellipse2D.Double(px - 12, py - 12, 24, 24));
            g.setColor(dot);
            g.fill(new Ellipse2D.Double(px - 5, py - 5, 10, 10));
        }
        g.setColor(new Color(0x4fd1c5));
        for (int i = 0; i < 8; i++) {
            int h = 30 + random.nextInt(110);
            g.fillRect(800 + i * 44, 200 - h, 26, h);
        }
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(SUNRISE);
        Path2D line = new Path2D.Double();
        line.moveTo(800, 380);
        for (int i = 1; i <= 10; i++) {
            line.lineTo(800 + i * 33, 300 + random.nextInt(80));
        }
        g.draw(line);
        g.setColor(new Color(0x93c5fd));
        Path2D wave = new Path2D.Double();
        wave.moveTo(70, 560);
        for (int x = 70; x <= 1130; x += 10) {
            wave.lineTo(x, 560 + Math.sin(x / 45.0) * 30 + Math.sin(x / 13.0) * 8);
        }
        g.draw(wave);
    }
}
