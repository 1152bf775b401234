package kr.co.saenal.sandan.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in native SQL: bound as {@code timestamp with time zone} parameters, and read back from whatever type
 * the driver gives (H2 and PostgreSQL differ: {@link OffsetDateTime}, {@link java.sql.Timestamp} or {@link Instant}).
 */
public final class NativeTimes {

    private NativeTimes() {}

    /** The instant as a parameter of a {@code timestamp with time zone} column. */
    public static OffsetDateTime parameter(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A {@code timestamp with time zone} column's value as an instant. */
    public static Instant instant(Object column) {
        if (column instanceof Instant instant) {
            return instant;
        }
        if (column instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (column instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + column.getClass());
    }
}
