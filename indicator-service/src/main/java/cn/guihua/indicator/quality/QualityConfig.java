package cn.guihua.indicator.quality;

import java.math.BigDecimal;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code guihua.quality.*}: outlier detection, completeness and the overdue check (docs/indicator-service.md, "Data quality"). */
@ConfigMapping(prefix = "guihua.quality")
public interface QualityConfig {

    Outliers outliers();

    Completeness completeness();

    Overdue overdue();

    /** Values an analysis (validation, outliers) may read; more is a 400 asking for a narrower one. */
    @WithDefault("500000")
    int maxAnalysisValues();

    /** {@code guihua.quality.outliers.*} */
    interface Outliers {

        /** The method the value view, the review list and an analysis without {@code method} use (DHIS2's default). */
        @WithDefault("Z_SCORE")
        OutlierMethod method();

        /** |x − mean| / standard deviation of the series' other values beyond which a value is an outlier. */
        @WithDefault("3.0")
        BigDecimal zScoreThreshold();

        /** 0.6745 × |x − median| / MAD beyond which a value is an outlier (Iglewicz and Hoaglin's 3.5). */
        @WithDefault("3.5")
        BigDecimal modifiedZScoreThreshold();

        /** Bounds derived from history: Q1 − k × IQR to Q3 + k × IQR (Tukey's fences). */
        @WithDefault("1.5")
        BigDecimal iqrFactor();

        /** Other values a series needs before one of its values can be judged by its history. */
        @WithDefault("3")
        int minHistory();
    }

    /** {@code guihua.quality.completeness.*} */
    interface Completeness {

        /** Cells (unit × indicator × period) one report may hold; more is a 400 asking for a narrower one. */
        @WithDefault("200000")
        int maxCells();
    }

    /** {@code guihua.quality.overdue.*} */
    interface Overdue {

        /** Whether the scheduled check runs ({@code POST /api/v1/data-quality/overdue/check} runs it anyway). */
        @WithDefault("true")
        boolean enabled();

        /** How often it runs (read by the scheduler's expression too). */
        @WithDefault("1h")
        Duration every();

        /** How long after start-up it runs first. */
        @WithDefault("1m")
        Duration delay();

        /**
         * How far back a deadline may lie for its passing to be announced: a report due longer ago (before the service
         * ran the check, or before it was deployed) is listed as overdue but not announced again.
         */
        @WithDefault("P31D")
        Duration lookback();
    }
}
