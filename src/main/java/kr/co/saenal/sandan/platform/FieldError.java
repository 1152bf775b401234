package kr.co.saenal.sandan.platform;

/** One reason a request was refused, in the language of the request, tied to the field a client can correct. */
public record FieldError(String field, String message) {}
