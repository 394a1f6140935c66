package cn.guihua.indicator.spreadsheet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import io.quarkus.runtime.StartupEvent;

/** Sets POI's zip-bomb guards (process-wide in POI) from {@code guihua.spreadsheet.*} at start-up. */
@ApplicationScoped
public class SpreadsheetLimits {

    @Inject
    SpreadsheetConfig config;

    void apply(@Observes StartupEvent start) {
        ZipSecureFile.setMinInflateRatio(config.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(config.maxEntryBytes());
    }

    public WorkbookReader.Limits reading() {
        return new WorkbookReader.Limits(config.maxCells(), config.maxXlsBytes());
    }
}
