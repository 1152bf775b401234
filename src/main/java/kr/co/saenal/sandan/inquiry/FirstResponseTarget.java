package kr.co.saenal.sandan.inquiry;

import java.time.Instant;

/**
 * When a request received at a given moment is due its first response: implemented by
 * {@code inquiry.response.ResponseTargets} (working hours and holidays), asked before a new request is stored so
 * that the target is part of its insert, not an update after it.
 */
public interface FirstResponseTarget {

    Instant dueAfter(Instant received);
}
