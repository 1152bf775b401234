package kr.co.saenal.sandan.complex.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kr.co.saenal.sandan.complex.ComplexUsage;

/** Posts tagged with the complexes a test names, as the news feature's tags would be; none unless a test asks. */
@ApplicationScoped
public class PretendPostTags implements ComplexUsage {

    static final Set<Long> TAGGED = ConcurrentHashMap.newKeySet();

    @Override
    public List<String> usesOf(Collection<Long> complexIds) {
        return complexIds.stream()
                .filter(TAGGED::contains)
                .map(id -> "태그 시험 기사 " + id)
                .toList();
    }
}
