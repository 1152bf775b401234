package kr.co.saenal.sandan.media;

import java.io.Serializable;
import java.util.List;

/** One page of the library, newest first; {@code page} counts from 1. */
public record ImagePage(List<LibraryImage> images, int page, int pageCount, long total) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ImagePage {
        images = List.copyOf(images);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}
