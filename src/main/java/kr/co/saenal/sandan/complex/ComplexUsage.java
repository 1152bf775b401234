package kr.co.saenal.sandan.complex;

import java.util.Collection;
import java.util.List;

/**
 * Where complexes are referred to outside the directory (a post tagged with one, a consultation request sent from
 * one's page), asked before an undo removes the complexes an import created. The directory does not know who refers
 * to its complexes: the features that do implement this, and the undo asks every implementation.
 */
public interface ComplexUsage {

    /** What refers to any of {@code complexIds}, for people to read (a post's title …); empty when nothing does. */
    List<String> usesOf(Collection<Long> complexIds);
}
