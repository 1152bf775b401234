package kr.co.saenal.sandan.platform;

/** One reason a request was refused, in Korean, tied to the field a client can correct. */
public record FieldError(String field, String message) {
}
