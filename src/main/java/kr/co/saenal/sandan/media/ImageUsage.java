package kr.co.saenal.sandan.media;

import java.util.List;

/**
 * Where a library picture is in use, asked before it is deleted. The image library does not know who uses its
 * pictures: the features that do (the news) implement this, and the library asks every implementation.
 */
public interface ImageUsage {

    /** Where the picture is used: cover, or body. */
    enum Place {
        COVER,
        BODY
    }

    /** The titles of what shows the picture in that place, oldest first; empty when nothing does. */
    List<String> titlesShowing(long imageId, Place place);
}
