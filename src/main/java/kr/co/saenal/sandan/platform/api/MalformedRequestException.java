package kr.co.saenal.sandan.platform.api;

/**
 * The body could not be read as what the endpoint expects (not UTF-8, not JSON, not an object); the message is the
 * problem's detail, said in the request's language by whoever throws it.
 */
public class MalformedRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedRequestException(String detail) {
        super(detail);
    }
}
