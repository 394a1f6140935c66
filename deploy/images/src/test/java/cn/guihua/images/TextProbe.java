package cn.guihua.images;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Run by {@link ImagesTest} with the image's own Java: draws a line of text the way indicator-service's charts do
 * (headless, a logical font), which needs FreeType, HarfBuzz and fontconfig with a font in the base, and prints how
 * many pixels the text inked.
 */
public final class TextProbe {

    public static void main(String[] args) {
        BufferedImage image = new BufferedImage(200, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        g.drawString("Guihua 2025", 5, 28);
        g.dispose();
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                inked += (image.getRGB(x, y) & 0xFFFFFF) != 0 ? 1 : 0;
            }
        }
        System.out.println("inked " + inked);
    }
}
