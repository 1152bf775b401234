package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.util.List;

/**
 * One complex with everything its page shows: its identity (of its newest figures), its statistics quarter by
 * quarter (oldest first; {@link #latest} the newest), the bundle it belongs to or the members of its bundle (in the
 * newest quarter), and the trend figures KICOX publishes for it (newest quarter first, empty for most complexes).
 */
public record ComplexDetail(
        long id,
        String slug,
        String name,
        ComplexType type,
        Sido sido,
        String sigun,
        boolean bundleMember,
        List<QuarterFigures> history,
        ComplexRef bundle,
        List<ComplexListRow> members,
        List<TrendQuarter> trend)
        implements Serializable {

    public ComplexDetail {
        history = List.copyOf(history);
        members = List.copyOf(members);
        trend = List.copyOf(trend);
    }

    /** The newest quarter's figures, or {@code null} when the complex has none current. */
    public QuarterFigures latest() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    public String path() {
        return ComplexPaths.of(id, slug);
    }
}
