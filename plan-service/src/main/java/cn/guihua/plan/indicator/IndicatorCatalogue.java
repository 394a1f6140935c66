package cn.guihua.plan.indicator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.audit.Audit;

/** Keeps the indicator catalogue in step with {@code reference/indicators.json}: new codes added, changed ones updated. */
@ApplicationScoped
public class IndicatorCatalogue {

    @Inject
    ObjectMapper json;

    @Inject
    Audit audit;

    /**
     * Adds the new entries and updates the changed ones, recognising the unchanged by their content hash; one audit
     * entry lists what changed. Returns the codes added or changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> sync(List<IndicatorDocument> docs, String actor) {
        Map<String, Indicator> existing = Indicator.<Indicator>listAll().stream()
                .collect(Collectors.toMap(i -> i.code, i -> i));
        List<String> changed = new ArrayList<>();
        for (IndicatorDocument doc : docs) {
            String hash = hash(doc);
            Indicator i = existing.get(doc.code());
            if (i != null && i.contentHash.equals(hash)) {
                continue;
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
                existing.put(i.code, i);
            }
            changed.add(i.code);
        }
        if (!changed.isEmpty()) {
            audit.recordAs(actor, null, "indicators.synced", "Indicator", "catalogue", Map.of("changed", changed));
        }
        return changed;
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
