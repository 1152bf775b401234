package kr.co.saenal.sandan.privacy;

import java.io.Serializable;

/** A version with its text, for the public page and the editor. */
public record PolicyDocument(PolicyVersion version, String body) implements Serializable {}
