package kr.co.saenal.sandan.platform;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional conditions of a JPQL list query (filters a person chose), with their parameters, so that a
 * list and its count are built from the same conditions.
 */
public final class QueryConditions {

    /** The escape character of {@link #containing(String)} patterns: write {@code like :p escape '!'}. */
    public static final String LIKE_ESCAPE = "escape '!'";

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition; its parameters are given with {@link #bind(String, Object)}. */
    public QueryConditions add(String clause) {
        clauses.add(clause);
        return this;
    }

    public QueryConditions bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** {@code " where a and b"}, or nothing when no condition was added. */
    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public <T> TypedQuery<T> bindTo(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** A lower-case LIKE pattern matching {@code text} anywhere, its own % and _ taken literally. */
    public static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
