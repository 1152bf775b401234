package kr.co.saenal.sandan.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.TimeUnit;

/**
 * Records the duration of {@link Measured} methods in WildFly's Micrometer registry. The registry WildFly gives a
 * deployment passes on to the server's registries only the meters made through its own methods
 * ({@code registry.timer(name, tags)}), not those registered with {@code Timer.builder(…).register(registry)}.
 */
@Measured
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class MeasuredInterceptor {

    @Inject
    MeterRegistry registry;

    @AroundInvoke
    Object time(InvocationContext call) throws Exception {
        Measured measured = call.getMethod().getAnnotation(Measured.class);
        if (measured == null) {
            measured = call.getMethod().getDeclaringClass().getAnnotation(Measured.class);
        }
        long started = System.nanoTime();
        String outcome = "failure";
        try {
            Object result = call.proceed();
            outcome = "success";
            return result;
        } finally {
            registry.timer(measured.value(), Tags.of(measured.tags()).and("outcome", outcome))
                    .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }
}
