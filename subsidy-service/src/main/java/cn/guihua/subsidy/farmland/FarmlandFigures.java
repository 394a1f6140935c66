package cn.guihua.subsidy.farmland;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Applies monitoring events to the farmland figures: only APPROVED annual values of the FARMLAND_* indicators for
 * streets and villages count. The event id is stored with the effect, so a redelivery changes nothing.
 */
@ApplicationScoped
public class FarmlandFigures {

    public static final String PREFIX = "FARMLAND_";

    /** Returns true when the event changed a figure. */
    @Transactional
    public boolean apply(JsonNode event) {
        String id = event.path("id").asText(null);
        if (id == null || ProcessedEvent.findById(id) != null) {
            return false;
        }
        ProcessedEvent done = new ProcessedEvent();
        done.eventId = id;
        done.type = event.path("type").asText();
        done.processedAt = OffsetDateTime.now();
        done.persist();
        JsonNode d = event.path("data");
        String indicator = d.path("indicatorCode").asText("");
        String jurisdiction = d.path("jurisdiction").asText("");
        String period = d.path("period").asText("");
        if (!indicator.startsWith(PREFIX) || !"APPROVED".equals(d.path("status").asText())
                || !(jurisdiction.matches("\\d{9}|\\d{12}")) || !period.matches("\\d{4}") || !d.path("value").isNumber()) {
            return false;
        }
        int year = Integer.parseInt(period);
        int version = d.path("version").asInt(1);
        FarmlandFigure f = FarmlandFigure.find("jurisdiction = ?1 and indicatorCode = ?2 and year = ?3", jurisdiction, indicator, year)
                .firstResult();
        if (f != null && f.valueVersion > version) {
            return false; // an approval of an older version arriving late does not undo the newer one
        }
        if (f == null) {
            f = new FarmlandFigure();
            f.jurisdiction = jurisdiction;
            f.indicatorCode = indicator;
            f.year = year;
        }
        f.value = new BigDecimal(d.path("value").asText());
        f.unit = d.path("unit").asText(null);
        f.period = period;
        f.valueId = d.hasNonNull("valueId") ? UUID.fromString(d.path("valueId").asText()) : null;
        f.valueVersion = version;
        f.eventId = id;
        f.receivedAt = OffsetDateTime.now();
        f.persist();
        return true;
    }
}
