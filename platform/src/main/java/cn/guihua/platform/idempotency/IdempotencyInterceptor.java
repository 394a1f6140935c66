package cn.guihua.platform.idempotency;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * {@code Idempotency-Key} for creating operations. Inside the operation's transaction it takes an advisory lock on
 * (caller, key), so concurrent retries wait for the first to commit and then get its stored answer; a retry with the
 * same key and another body is 422; a first request still running after the configured wait is a 409.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotencyInterceptor {

    static final int MAX_KEY_LENGTH = 200;
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    Caller caller;

    @Inject
    HttpHeaders headers;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig config;

    @AroundInvoke
    Object once(InvocationContext ctx) throws Exception {
        String key = headers.getHeaderString(Idempotent.HEADER);
        if (key == null || key.isEmpty()) {
            return ctx.proceed();
        }
        if (key.length() > MAX_KEY_LENGTH || key.isBlank() || key.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ProblemException.invalid(Idempotent.HEADER, "problem.field.idempotency-key", MAX_KEY_LENGTH);
        }
        String actor = caller.subject();
        // a large body (a bulk import's megabytes) is hashed on another thread while the request runs: with C1 alone
        // SHA-256 has no intrinsic, and the request waited 50-100 ms for it before it started (issue 17)
        CompletableFuture<String> hash = largestArgument(ctx) > LARGE_BODY
                ? CompletableFuture.supplyAsync(() -> fingerprint(ctx))
                : CompletableFuture.completedFuture(fingerprint(ctx));
        return QuarkusTransaction.joiningExisting().call(() -> {
            lock(actor, key);
            IdempotencyRecord seen = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(actor, key));
            if (seen != null) {
                if (!seen.requestHash.equals(hash.join())) {
                    throw ProblemException.unprocessable("problem.detail.idempotency-reused");
                }
                return replay(seen, key);
            }
            Object result = ctx.proceed();
            if (!(result instanceof Response response)) {
                throw new IllegalStateException(ctx.getMethod() + " is @Idempotent but does not return a Response");
            }
            IdempotencyRecord record = new IdempotencyRecord();
            record.actor = actor;
            record.idempotencyKey = key;
            record.requestHash = hash.join();
            record.status = response.getStatus();
            record.body = response.getEntity() == null ? null : write(response.getEntity());
            record.location = response.getLocation() == null ? null : response.getLocation().toString();
            record.createdAt = OffsetDateTime.now();
            em.persist(record);
            // the text just kept is the answer: written once (a ranking's thousand units were serialized twice, issue 17),
            // and a first answer and its replays are the same bytes
            return record.body == null || response.getEntity() instanceof String ? response
                    : Response.fromResponse(response).entity(record.body)
                            .type(response.getMediaType() == null ? JSON_UTF8 : response.getMediaType()).build();
        });
    }

    /** Waits up to the configured time for a concurrent request with the same key to finish. */
    private void lock(String actor, String key) {
        long lockId = lockId(actor, key);
        long deadline = System.nanoTime() + config.lockWait().toNanos();
        Duration pause = Duration.ofMillis(20);
        while (!(Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:id)").setParameter("id", lockId)
                .getSingleResult()) {
            if (System.nanoTime() > deadline) {
                throw ProblemException.conflict("problem.detail.idempotency-in-flight");
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ProblemException.conflict("problem.detail.idempotency-in-flight");
            }
            pause = pause.multipliedBy(2).compareTo(Duration.ofMillis(200)) > 0 ? Duration.ofMillis(200) : pause.multipliedBy(2);
        }
    }

    private static Response replay(IdempotencyRecord seen, String key) {
        Response.ResponseBuilder replay = Response.status(seen.status).header(Idempotent.HEADER, key);
        if (seen.body != null) {
            replay.entity(seen.body).type(JSON_UTF8);
        }
        if (seen.location != null) {
            replay.location(URI.create(seen.location));
        }
        return replay.build();
    }

    /** Bytes of a body above which {@link #fingerprint} runs beside the request (below, it takes under a millisecond). */
    static final int LARGE_BODY = 32 * 1024;

    private static int largestArgument(InvocationContext ctx) {
        int largest = 0;
        for (Object a : ctx.getParameters()) {
            if (a instanceof byte[] bytes) {
                largest = Math.max(largest, bytes.length);
            }
        }
        return largest;
    }

    /** The request as the method received it: every argument but the key itself, and the method. */
    private String fingerprint(InvocationContext ctx) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Method method = ctx.getMethod();
        digest.update((method.getDeclaringClass().getName() + "#" + method.getName()).getBytes(StandardCharsets.UTF_8));
        Object[] args = ctx.getParameters();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < args.length; i++) {
            if (isKeyHeader(annotations[i])) {
                continue;
            }
            digest.update((byte) 0);
            if (args[i] instanceof byte[] bytes) {
                digest.update(bytes);
            } else if (args[i] != null) {
                digest.update(write(args[i]).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean isKeyHeader(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof HeaderParam h && h.value().equalsIgnoreCase(Idempotent.HEADER)) {
                return true;
            }
        }
        return false;
    }

    private static long lockId(String actor, String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((actor + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (d[i] & 0xff);
            }
            return id;
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
