package kr.co.saenal.sandan.complex.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kr.co.saenal.sandan.complex.ComplexUsage;

/** A feature that refers to the complexes a test names (a post tagged with them, say); none unless a test asks. */
@ApplicationScoped
public class PretendComplexUsage implements ComplexUsage {

    static final Set<Long> REFERRED = ConcurrentHashMap.newKeySet();

    @Override
    public List<String> usesOf(Collection<Long> complexIds) {
        return complexIds.stream()
                .filter(REFERRED::contains)
                .map(id -> "테스트 기사 " + id)
                .toList();
    }
}
