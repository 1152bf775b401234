package kr.co.saenal.sandan.privacy;

import java.io.Serializable;

/** A company personal data is entrusted to (수탁자) and the work it does with it (위탁하는 업무), §26. */
public record Processor(String name, String task) implements Serializable {}
