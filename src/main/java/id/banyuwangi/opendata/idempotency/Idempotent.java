package id.banyuwangi.opendata.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write operation of an authenticated resource that honours {@code Idempotency-Key}
 * ({@link IdempotencyInterceptor}). The method returns the {@link jakarta.ws.rs.core.Response} to remember; a
 * request body it streams is its {@link java.io.InputStream} parameter.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {
}
