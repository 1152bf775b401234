package kr.co.saenal.sandan.platform.metrics;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Times every call of the method (through its CDI proxy) in the Micrometer timer {@link #value()}, tagged with
 * {@link #tags()} and {@code outcome} ({@code success}, or {@code failure} when it threw). See
 * {@link MeasuredInterceptor} and docs/operations.md.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Measured {

    /** The timer's name, e.g. {@code sandan.search} (scraped as {@code sandan_search_seconds_*}). */
    @Nonbinding
    String value() default "";

    /** Tag names and values, alternately: {@code {"source", "news", "step", "apply"}}. */
    @Nonbinding
    String[] tags() default {};
}
