package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;

/** The uploaded file itself: its name as uploaded (never used to recognise it), size and SHA-256. */
public record WorkbookFile(String name, long size, String sha256) implements Serializable {}
