package cn.guihua.indicator.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.indicator.problem.ProblemException;
import cn.guihua.indicator.problem.ProblemType;
import cn.guihua.indicator.security.Caller;

/**
 * {@code Idempotency-Key} for creating POSTs: the first response is stored with the effect, in the
 * same transaction; a retry with the same key and body gets that response again, and the same key
 * with another body is refused.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public Response once(String key, Object request, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(HEADER, "Idempotency-Key 最长 200 个字符", "Idempotency-Key is at most 200 characters");
        }
        String hash = hash(request);
        IdempotencyRecord seen = IdempotencyRecord.findById(new IdempotencyRecord.Key(caller.subject(), key));
        if (seen != null) {
            if (!seen.requestHash.equals(hash)) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        "此 Idempotency-Key 已用于另一个不同的请求", "This Idempotency-Key was used for a different request");
            }
            Response.ResponseBuilder replay = Response.status(seen.status).header(HEADER, key);
            if (seen.body != null) {
                replay.entity(seen.body).type(MediaType.APPLICATION_JSON);
            }
            if (seen.location != null) {
                replay.location(URI.create(seen.location));
            }
            return replay.build();
        }
        Response response = action.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.actor = caller.subject();
        record.idempotencyKey = key;
        record.requestHash = hash;
        record.status = response.getStatus();
        record.body = response.getEntity() == null ? null : write(response.getEntity());
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        record.createdAt = OffsetDateTime.now();
        record.persist();
        return response;
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object o) {
        try {
            return o instanceof String s ? s : json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
