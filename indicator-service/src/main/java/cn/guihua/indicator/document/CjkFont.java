package cn.guihua.indicator.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * The Chinese font every chart and PDF of the service is drawn with, shipped in the jar (so the container image has it
 * without installing fonts): {@code fonts/wqy-microhei-gb2312.ttf}, WenQuanYi Micro Hei (文泉驿微米黑) under the Apache
 * License 2.0, cut down to ASCII, the GB2312 characters, CJK punctuation and full-width forms, and every character of the
 * seed plans and of this service's messages (indicator-service/tools/make_font.sh remakes it). PDFs embed the subset of
 * it that a document uses.
 */
public final class CjkFont {

    static final String RESOURCE = "fonts/wqy-microhei-gb2312.ttf";
    /** What SVG charts ask the browser for: the font they were laid out with, then the usual Chinese system fonts. */
    public static final String CSS_FAMILIES = "'WenQuanYi Micro Hei','Microsoft YaHei','PingFang SC','Noto Sans CJK SC',"
            + "'Source Han Sans SC','SimHei',sans-serif";

    private static volatile byte[] bytes;
    private static volatile Font awt;
    private static volatile BaseFont pdf;

    private CjkFont() {
    }

    static byte[] bytes() {
        byte[] b = bytes;
        if (b == null) {
            synchronized (CjkFont.class) {
                if (bytes == null) {
                    try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is missing from the jar");
                        }
                        bytes = in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                b = bytes;
            }
        }
        return b;
    }

    /** The font for Java2D (charts), at {@code size} points. */
    public static Font awt(float size) {
        Font f = awt;
        if (f == null) {
            synchronized (CjkFont.class) {
                if (awt == null) {
                    try {
                        awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes()));
                    } catch (FontFormatException | IOException e) {
                        throw new IllegalStateException("The CJK font cannot be read", e);
                    }
                }
                f = awt;
            }
        }
        return f.deriveFont(size);
    }

    public static Font awt(int style, float size) {
        return awt(size).deriveFont(style, size);
    }

    /** The font for OpenPDF: Identity-H, embedded (as the subset each document uses). */
    public static BaseFont pdf() {
        BaseFont f = pdf;
        if (f == null) {
            synchronized (CjkFont.class) {
                if (pdf == null) {
                    try {
                        pdf = BaseFont.createFont("wqy-microhei-gb2312.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                                bytes(), null);
                    } catch (IOException | com.lowagie.text.DocumentException e) {
                        throw new IllegalStateException("The CJK font cannot be read", e);
                    }
                }
                f = pdf;
            }
        }
        return f;
    }

    /** Charts drawn into a PDF write every text with the embedded font. */
    static final FontMapper MAPPER = new FontMapper() {
        @Override
        public BaseFont awtToPdf(Font font) {
            return pdf();
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return awt(size);
        }
    };
}
