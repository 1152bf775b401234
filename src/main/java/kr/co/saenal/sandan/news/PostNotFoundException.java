package kr.co.saenal.sandan.news;

/** No post with that number (any more). */
public class PostNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PostNotFoundException(long id) {
        super("No news post " + id);
    }
}
