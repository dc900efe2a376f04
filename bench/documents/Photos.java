import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes n distinct 12-megapixel JPEGs of about 3 MB each, the size a phone's site photo has: smooth shapes
 * with sensor-like noise, so the encoder works as hard as on a real photo. Usage: java Photos.java DIR N
 */
public class Photos {
    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        dir.mkdirs();
        int n = Integer.parseInt(args[1]);
        int w = 4000, h = 3000;
        for (int i = 0; i < n; i++) {
            Random rng = new Random(i);
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            double fx = 0.002 + rng.nextDouble() * 0.004, fy = 0.002 + rng.nextDouble() * 0.004;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double base = 128 + 60 * Math.sin(x * fx + i) * Math.cos(y * fy) + 30 * Math.sin((x + y) * 0.01);
                    int r = clamp(base + rng.nextGaussian() * 11.5 + (y < h / 3 ? 40 : 0));
                    int g = clamp(base * 0.9 + rng.nextGaussian() * 11.5);
                    int b = clamp(base * 0.8 + rng.nextGaussian() * 11.5 + (y < h / 3 ? 70 : 0));
                    image.setRGB(x, y, (r << 16) | (g << 8) | b);
                }
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            File out = new File(dir, String.format("IMG_20261130_%04d.jpg", i + 1));
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.85f);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            System.out.println(out + " " + out.length());
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }
}
