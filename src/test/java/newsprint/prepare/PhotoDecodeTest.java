package newsprint.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import org.junit.jupiter.api.Test;

/** A JPEG read into a picture in the decoder's own sample order holds the samples its default picture holds. */
class PhotoDecodeTest {
    private static byte[] jpeg(int type) throws Exception {
        BufferedImage image = new BufferedImage(173, 91, type);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(200, 30, 90), 173, 91, new Color(20, 220, 140)));
        g.fillRect(0, 0, 173, 91);
        g.setColor(Color.BLUE);
        g.fillOval(30, 10, 60, 50);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "jpg", out)).isTrue();
        return out.toByteArray();
    }

    private static ImageReader reader(byte[] jpeg) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("JPEG").next();
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg)));
        return reader;
    }

    @Test
    void anRgbJpegReadInItsOwnOrderHasTheSamplesOfItsDefaultPicture() throws Exception {
        ImageReader reader = reader(jpeg(BufferedImage.TYPE_INT_RGB));
        BufferedImage bgr = reader.read(0, reader.getDefaultReadParam());
        assertThat(bgr.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage into = PhotoFile.rgbDestination(reader, 173, 91);
        assertThat(into).isNotNull();
        ImageReadParam param = reader.getDefaultReadParam();
        param.setDestination(into);
        BufferedImage rgb = reader.read(0, param);
        assertThat(rgb).isSameAs(into);
        byte[] a = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        byte[] b = ((DataBufferByte) rgb.getRaster().getDataBuffer()).getData();
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.length; i += 3) {
            assertThat(new byte[] {b[i], b[i + 1], b[i + 2]}).as("pixel %d", i / 3).containsExactly(a[i + 2], a[i + 1], a[i]);
        }
        for (int y = 0; y < 91; y += 7) {
            for (int x = 0; x < 173; x += 5) {
                assertThat(rgb.getRGB(x, y)).isEqualTo(bgr.getRGB(x, y));
            }
        }
        reader.dispose();
    }

    @Test
    void aGreyJpegIsReadIntoItsDefaultPicture() throws Exception {
        ImageReader reader = reader(jpeg(BufferedImage.TYPE_BYTE_GRAY));
        assertThat(PhotoFile.rgbDestination(reader, 173, 91)).isNull();
        reader.dispose();
    }
}
