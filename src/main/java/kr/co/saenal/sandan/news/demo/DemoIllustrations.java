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
 * Pictures for the demo articles, drawn rather than copied: an industrial complex at sunrise, a smart-complex
 * control screen, and the photos inside one article's body (a metals lab, a factory floor, a street with trees).
 * Deterministic (fixed seeds), 1200×675 PNG.
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
            case "metals-lab" -> png(DemoIllustrations::metalsLab);
            case "factory-floor" -> png(DemoIllustrations::factoryFloor);
            case "green-street" -> png(DemoIllustrations::greenStreet);
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

    /** Ingots and flasks on a laboratory bench. */
    private static void metalsLab(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0xe8eef5), 0, HEIGHT, new Color(0xb9c7d8)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x5b6b80));
        g.fillRect(0, 430, WIDTH, 40);
        g.setColor(new Color(0x3a4656));
        g.fillRect(0, 470, WIDTH, HEIGHT - 470);
        Random random = new Random(11);
        for (int i = 0; i < 9; i++) {
            int x = 90 + i * 62;
            int layer = i % 3;
            Path2D ingot = new Path2D.Double();
            ingot.moveTo(x, 430 - layer * 34);
            ingot.lineTo(x + 54, 430 - layer * 34);
            ingot.lineTo(x + 46, 400 - layer * 34);
            ingot.lineTo(x + 8, 400 - layer * 34);
            ingot.closePath();
            g.setPaint(new GradientPaint(x, 400, new Color(0xf3f5f8), x + 54, 430, new Color(0x9aa6b5)));
            g.fill(ingot);
        }
        for (int i = 0; i < 4; i++) {
            int x = 720 + i * 110;
            int h = 120 + random.nextInt(90);
            g.setColor(new Color(255, 255, 255, 170));
            g.fill(new RoundRectangle2D.Double(x, 430 - h, 70, h, 18, 18));
            g.setColor(i % 2 == 0 ? new Color(0x4fd1c5) : SUNRISE);
            g.fill(new RoundRectangle2D.Double(x + 6, 430 - h * 0.45, 58, h * 0.45 - 6, 12, 12));
        }
    }

    /** Machines along a line on a factory floor, with a robot arm. */
    private static void factoryFloor(Graphics2D g) {
        g.setColor(new Color(0x22324a));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x2f4566));
        for (int x = 0; x < WIDTH; x += 150) {
            g.fillRect(x, 0, 8, 360);
        }
        g.setColor(new Color(0x7b8799));
        g.fillRect(0, 360, WIDTH, HEIGHT - 360);
        g.setColor(new Color(0x4b5563));
        g.fillRect(60, 440, 1080, 36);
        Random random = new Random(23);
        for (int x = 90; x < 1100; x += 120) {
            g.setColor(new Color(0xd6a35c));
            int size = 40 + random.nextInt(20);
            g.fillRect(x, 440 - size, size, size);
        }
        g.setStroke(new BasicStroke(26f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(SUNRISE);
        Path2D arm = new Path2D.Double();
        arm.moveTo(860, 440);
        arm.lineTo(900, 260);
        arm.lineTo(1020, 200);
        arm.lineTo(1060, 300);
        g.draw(arm);
        g.setColor(NAVY);
        g.fill(new RoundRectangle2D.Double(820, 430, 90, 60, 16, 16));
    }

    /** A street between low factories, lined with trees. */
    private static void greenStreet(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x9fd0f5), 0, 380, new Color(0xe9f5ff)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Random random = new Random(5);
        for (int x = 0; x < WIDTH; x += 170) {
            drawFactory(g, x + 10, 300, 140, 80, random);
        }
        g.setColor(new Color(0x8d99a6));
        g.fillRect(0, 380, WIDTH, HEIGHT - 380);
        Path2D road = new Path2D.Double();
        road.moveTo(420, HEIGHT);
        road.lineTo(580, 380);
        road.lineTo(620, 380);
        road.lineTo(780, HEIGHT);
        road.closePath();
        g.setColor(new Color(0x4b5563));
        g.fill(road);
        for (int i = 0; i < 6; i++) {
            double depth = 1 - i / 7.0;
            for (int side = -1; side <= 1; side += 2) {
                double x = 600 + side * (130 + 260 * depth);
                double y = 380 + 260 * depth;
                double r = 30 + 60 * depth;
                g.setColor(new Color(0x6b4f3a));
                g.fill(new RoundRectangle2D.Double(x - 6 * depth - 3, y - r, 12 * depth + 6, r, 4, 4));
                g.setColor(new Color(0x2f855a));
                g.fill(new Ellipse2D.Double(x - r, y - 2.6 * r, 2 * r, 2 * r));
            }
        }
    }
}
