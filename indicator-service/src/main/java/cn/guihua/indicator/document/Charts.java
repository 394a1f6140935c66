package cn.guihua.indicator.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfTemplate;

import cn.guihua.indicator.evaluation.TargetStatus;
import cn.guihua.platform.i18n.Language;
import cn.guihua.platform.i18n.Messages;

/**
 * The report's charts, built with JFreeChart and drawn three ways: as PNG (Java2D), into a PDF as vectors (OpenPDF's
 * Graphics2D, texts in the embedded font) and as SVG (Batik's SVG generator, texts as text). Every text of a chart is
 * in the embedded CJK font, so a chart looks the same on a server without fonts.
 */
public final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Color ACHIEVED = new Color(0x2E7D32);

    private Charts() {
    }

    /** A status's colour: green achieved, blue on track, amber at risk, orange off track, red missed, greys without a verdict. */
    static Color colour(TargetStatus s) {
        return switch (s.name()) {
            case "ACHIEVED" -> ACHIEVED;
            case "ON_TRACK" -> new Color(0x1E88E5);
            case "AT_RISK" -> new Color(0xF9A825);
            case "OFF_TRACK" -> new Color(0xEF6C00);
            case "NOT_ACHIEVED" -> new Color(0xC62828);
            case "AWAITING_VALUE" -> new Color(0x8E7CC3);
            case "NO_DATA" -> new Color(0x9E9E9E);
            default -> new Color(0x616161);
        };
    }

    private static StandardChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme("guihua");
        t.setExtraLargeFont(CjkFont.awt(Font.BOLD, 16f));
        t.setLargeFont(CjkFont.awt(13f));
        t.setRegularFont(CjkFont.awt(11f));
        t.setSmallFont(CjkFont.awt(10f));
        t.setBarPainter(new StandardBarPainter());
        t.setShadowVisible(false);
        t.setPlotBackgroundPaint(Color.WHITE);
        t.setDomainGridlinePaint(new Color(0xDDDDDD));
        t.setRangeGridlinePaint(new Color(0xDDDDDD));
        t.setChartBackgroundPaint(Color.WHITE);
        return t;
    }

    /**
     * A bar per status: the five the plans' evaluations speak of (achieved, on track, at risk, off track, no data), and
     * any other status that holds a target.
     */
    public static JFreeChart status(String title, Map<TargetStatus, Integer> counts, Language lang) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<TargetStatus> shown = new ArrayList<>();
        for (TargetStatus s : TargetStatus.values()) {
            int n = counts.getOrDefault(s, 0);
            if (List.of("ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA").contains(s.name()) || n > 0) {
                shown.add(s);
                data.addValue(n, Messages.get(lang, "chart.targets"), Labels.status(lang, s));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, Messages.get(lang, "chart.targets"), data,
                PlotOrientation.VERTICAL, false, false, false);
        theme().apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer r = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return colour(shown.get(column));
            }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setMaximumBarWidth(0.12);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(CjkFont.awt(Font.BOLD, 11f));
        plot.setRenderer(r);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setUpperMargin(0.15);
        return chart;
    }

    /** A trend: the monitored values by year, the target's level as a line (a band for a range), a required path where the target has one. */
    public static JFreeChart trend(Trend t, Language lang) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries values = new XYSeries(Messages.get(lang, "chart.observed"));
        t.values().forEach((year, v) -> values.add(year.doubleValue(), v.doubleValue()));
        data.addSeries(values);
        if (t.pathFrom() != null && t.pathTo() != null) {
            XYSeries path = new XYSeries(Messages.get(lang, "chart.path"));
            path.add(t.pathFromYear().doubleValue(), t.pathFrom().doubleValue());
            path.add(t.pathToYear().doubleValue(), t.pathTo().doubleValue());
            data.addSeries(path);
        }
        String unit = t.target().unit() == null ? "" : t.target().unit();
        String title = Messages.get(lang, "chart.trend.title", t.target().indicatorName() == null ? t.target().indicatorCode()
                : t.target().indicatorName(), t.target().observedJurisdiction() == null ? t.target().jurisdiction()
                        : t.target().observedJurisdiction());
        JFreeChart chart = ChartFactory.createXYLineChart(title, Messages.get(lang, "chart.year"), unit, data,
                PlotOrientation.VERTICAL, true, false, false);
        theme().apply(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, new Color(0x1565C0));
        r.setSeriesStroke(0, new BasicStroke(2.2f));
        r.setSeriesPaint(1, new Color(0x757575));
        r.setSeriesStroke(1, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 4f }, 0f));
        r.setSeriesShapesVisible(1, false);
        r.setDefaultItemLabelsVisible(false);
        plot.setRenderer(r);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new DecimalFormat("0"));
        int first = t.firstYear();
        int last = t.lastYear();
        x.setRange(first - 0.5, last + 0.5);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setAutoRangeIncludesZero(false);
        String target = Labels.target(lang, t.target());
        if (t.level() != null && t.high() != null) {
            IntervalMarker band = new IntervalMarker(t.level().doubleValue(), t.high().doubleValue(), new Color(46, 125, 50, 40));
            band.setLabel(Messages.get(lang, "chart.target", target));
            band.setLabelFont(CjkFont.awt(10f));
            band.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addRangeMarker(band);
            include(y, t.level(), t.high(), t);
        } else if (t.level() != null) {
            ValueMarker line = new ValueMarker(t.level().doubleValue(), new Color(0xC62828),
                    new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
            line.setLabel(Messages.get(lang, "chart.target", target));
            line.setLabelFont(CjkFont.awt(10f));
            line.setLabelPaint(new Color(0xC62828));
            line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(line);
            include(y, t.level(), t.level(), t);
        } else {
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(Messages.get(lang, "chart.target", target), CjkFont.awt(10f)));
        }
        return chart;
    }

    /** The value axis shows the target line with the values. */
    private static void include(NumberAxis y, BigDecimal low, BigDecimal high, Trend t) {
        double min = low.doubleValue();
        double max = high.doubleValue();
        for (BigDecimal v : t.values().values()) {
            min = Math.min(min, v.doubleValue());
            max = Math.max(max, v.doubleValue());
        }
        double pad = Math.max((max - min) * 0.15, Math.abs(max) * 0.05 + 0.01);
        y.setRange(min - pad, max + pad);
    }

    public static byte[] png(JFreeChart chart, int width, int height, double scale) {
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String svg(JFreeChart chart, int width, int height) {
        try {
            org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument("http://www.w3.org/2000/svg", "svg", null);
            SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(doc);
            ctx.setComment("Guihua indicator-service");
            SVGGraphics2D g = new SVGGraphics2D(ctx, false);
            g.setSVGCanvasSize(new java.awt.Dimension(width, height));
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            StringWriter w = new StringWriter();
            g.stream(w, true);
            // the font the chart was laid out with, then what a browser in China has
            return w.toString().replace("font-family:&apos;WenQuanYi Micro Hei&apos;", "font-family:" + CjkFont.CSS_FAMILIES.replace("'", "&apos;"))
                    .replace("font-family:'WenQuanYi Micro Hei'", "font-family:" + CjkFont.CSS_FAMILIES);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("The chart could not be written as SVG", e);
        }
    }

    /** The chart drawn as vectors into a PDF, as an image element of {@code width} × {@code height} points. */
    static Image pdf(JFreeChart chart, PdfContentByte cb, float width, float height) {
        PdfTemplate tpl = cb.createTemplate(width, height);
        Graphics2D g = new PdfGraphics2D(tpl, width, height, CjkFont.MAPPER, false, false, 0f);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        try {
            return Image.getInstance(tpl);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }
}
