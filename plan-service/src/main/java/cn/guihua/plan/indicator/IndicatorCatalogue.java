package cn.guihua.plan.indicator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.plan.audit.Audit;

/** Keeps the indicator catalogue in step with {@code reference/indicators.json}: new codes added, changed ones updated. */
@ApplicationScoped
public class IndicatorCatalogue {

    @Inject
    ObjectMapper json;

    @Inject
    Audit audit;

    /** Returns true when the entry added or changed an indicator. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(IndicatorDocument doc, String actor) {
        String hash = hash(doc);
        Indicator i = Indicator.findById(doc.code());
        if (i != null && i.contentHash.equals(hash)) {
            return false;
        }
        boolean created = i == null;
        if (created) {
            i = new Indicator();
            i.code = doc.code();
        }
        i.name = doc.name().strip();
        i.unit = doc.unit();
        i.valueType = doc.valueType();
        i.betterDirection = doc.betterDirection();
        i.scale = doc.scale();
        i.trackedFrom = doc.trackedFrom();
        i.trackedTo = doc.trackedTo();
        i.definition = doc.definition();
        i.aliases = doc.aliases() == null ? List.of() : List.copyOf(doc.aliases());
        i.contentHash = hash;
        i.updatedAt = OffsetDateTime.now();
        if (created) {
            i.persist();
        }
        audit.recordAs(actor, null, created ? "indicator.created" : "indicator.updated", "Indicator", i.code,
                Map.of("contentHash", hash));
        return true;
    }

    private String hash(IndicatorDocument doc) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
