package cn.guihua.indicator.document;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jfree.chart.JFreeChart;

/** The media types of the report documents and charts, and the answers that carry them. */
public final class Documents {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String SVG = "image/svg+xml";
    public static final String PNG = "image/png";

    private Documents() {
    }

    /** A file to download, named {@code fileName} (ASCII: plan codes and years). */
    public static Response download(Object body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** The chart as the caller asked for it: PNG when its Accept prefers image/png, else SVG. */
    public static Response chart(JFreeChart chart, HttpHeaders headers, int width, int height) {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        for (MediaType m : accepted) {
            if (m.isCompatible(MediaType.valueOf(SVG)) && !m.isWildcardType()) {
                break;
            }
            if (m.isCompatible(MediaType.valueOf(PNG)) && !m.isWildcardType() && !m.isWildcardSubtype()) {
                return Response.ok(Charts.png(chart, width, height, 1), PNG).build();
            }
        }
        return Response.ok(Charts.svg(chart, width, height), SVG + ";charset=utf-8").build();
    }
}
