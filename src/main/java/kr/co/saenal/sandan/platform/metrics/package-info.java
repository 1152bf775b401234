/**
 * Application meters in WildFly's Micrometer registry (subsystem {@code micrometer}, scraped as Prometheus text at
 * {@code /prometheus} on the management interface; docs/operations.md lists every meter). Each feature counts its
 * own events with the injected {@code MeterRegistry}; {@link kr.co.saenal.sandan.platform.metrics.Measured} times a
 * method.
 */
package kr.co.saenal.sandan.platform.metrics;
