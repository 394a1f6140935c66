package cn.guihua.indicator.spreadsheet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code guihua.spreadsheet.*}: limits of the Excel import (besides {@code guihua.bulk.max-rows} and the body size),
 * of templates and of exports.
 */
@ConfigMapping(prefix = "guihua.spreadsheet")
public interface SpreadsheetConfig {

    /** Cells an imported workbook may hold in all (filled or not, every sheet); one more is a 413. */
    @WithDefault("3000000")
    long maxCells();

    /**
     * The largest part of an {@code .xlsx} once unzipped (a sheet's XML, the shared strings), in bytes; beyond it the
     * file is refused with 413 before it is read. POI's {@code ZipSecureFile.setMaxEntrySize}.
     */
    @WithDefault("268435456")
    long maxEntryBytes();

    /**
     * The smallest ratio of compressed to uncompressed size an {@code .xlsx} part may have (POI's
     * {@code ZipSecureFile.setMinInflateRatio}); a part that inflates more is a zip bomb: 413.
     */
    @WithDefault("0.01")
    double minInflateRatio();

    /** The largest {@code .xls} (BIFF8, read whole into memory) in bytes; larger is a 413 asking for .xlsx. */
    @WithDefault("20971520")
    long maxXlsBytes();

    /** Rows a template may have (indicators × units × disaggregations); more is a 400 asking for fewer streets. */
    @WithDefault("20000")
    int maxTemplateRows();

    /** Rows an export of monitoring values may have; more is a 400 asking for a narrower filter. */
    @WithDefault("1000000")
    int maxExportRows();
}
