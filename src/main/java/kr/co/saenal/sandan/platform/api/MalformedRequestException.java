package kr.co.saenal.sandan.platform.api;

/** The body could not be read as what the endpoint expects (not UTF-8, not JSON, not an object). */
public class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedRequestException(String koreanDetail) {
        super(koreanDetail);
    }
}
