package kr.co.saenal.sandan.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of the policy as lists show it.
 *
 * @param effectiveOn the day it takes or took effect, or {@code null} for a draft
 * @param until the last day it was in force (the day before the next one took effect), or {@code null} while in
 *     force or not yet in force
 */
public record PolicyVersion(
        int version,
        PolicyStatus status,
        LocalDate effectiveOn,
        LocalDate until,
        Instant changedAt,
        String changedBy,
        int rowVersion)
        implements Serializable {}
