package kr.co.saenal.sandan.complex;

import java.io.Serializable;

/** Another complex a page links to (the bundle a member belongs to). */
public record ComplexRef(long id, String slug, String name) implements Serializable {

    public String path() {
        return ComplexPaths.of(id, slug);
    }
}
