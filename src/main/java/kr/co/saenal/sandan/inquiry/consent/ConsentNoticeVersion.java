package kr.co.saenal.sandan.inquiry.consent;

import java.io.Serializable;
import java.time.Instant;

/** A consent notice version in the back office's list: when it took effect and how many inquiries agreed to it. */
public record ConsentNoticeVersion(int version, Instant publishedAt, long agreements) implements Serializable {}
