package cn.guihua.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A creating operation that honours {@code Idempotency-Key} (docs/api-guide.md, "Idempotency"). The method must
 * return a {@link jakarta.ws.rs.core.Response}; its first answer is stored with its effect, in one transaction.
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
    String HEADER = "Idempotency-Key";
}
