package kr.co.saenal.sandan.news.search;

import java.util.ArrayList;
import java.util.List;
import kr.co.saenal.sandan.news.search.SearchTerms.Token;

/**
 * Marks where a text matched the search, with the analyzers the index uses, so that what is marked is what was
 * found (산업단지의 marks 산업단지). The result is plain text in parts; pages escape every part and wrap the marked
 * ones in {@code <mark>}, so no markup of the post or of the visitor ever reaches the page.
 */
final class Highlights {

    private Highlights() {}

    /** The whole text, in parts. */
    static List<TextPart> of(String text, SearchTerms terms) {
        return parts(text, marks(text, terms), 0, text.length());
    }

    /**
     * About {@code length} characters around the place with the most matches, or an empty list when nothing in the
     * text matched.
     */
    static List<TextPart> snippet(String text, SearchTerms terms, int length) {
        // Analysing a whole long body for every result is most of a search's cost: analyse a window around the
        // first place a letter pair of the query is written, or the beginning when none is.
        int anchor = firstAnchor(text, terms);
        int windowStart = anchor < 0 ? 0 : Math.max(0, anchor - length);
        int windowEnd = Math.min(text.length(), anchor < 0 ? MAX_ANALYSED : anchor + 3 * length);
        if (windowStart > 0 || windowEnd < text.length()) {
            return snippet(
                    text.substring(windowStart, windowEnd), terms, length, windowStart > 0, windowEnd < text.length());
        }
        return snippet(text, terms, length, false, false);
    }

    /** Longest stretch of a body analysed for a snippet when the query's letters are nowhere written in it. */
    static final int MAX_ANALYSED = 4000;

    private static int firstAnchor(String text, SearchTerms terms) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int first = -1;
        for (String pair : terms.anchors()) {
            int at = lower.indexOf(pair);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static List<TextPart> snippet(
            String text, SearchTerms terms, int length, boolean cutBefore, boolean cutAfter) {
        boolean[] marked = marks(text, terms);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return List.of();
        }
        int best = starts.get(0);
        int bestCount = 0;
        for (int candidate : starts) {
            int count = (int) starts.stream()
                    .filter(s -> s >= candidate && s < candidate + length)
                    .count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        int from = Math.max(0, best - length / 4);
        int space = text.indexOf(' ', from);
        if (from > 0 && space >= 0 && space < best) {
            from = space + 1;
        }
        int to = Math.min(text.length(), from + length);
        List<TextPart> parts = new ArrayList<>();
        if (from > 0 || cutBefore) {
            parts.add(new TextPart("… ", false));
        }
        parts.addAll(parts(text, marked, from, to));
        if (to < text.length() || cutAfter) {
            parts.add(new TextPart(" …", false));
        }
        return parts;
    }

    private static boolean[] marks(String text, SearchTerms terms) {
        boolean[] marked = new boolean[text.length()];
        for (Token token : SearchTerms.analyse(KoreanAnalysis.MORPHEME_ANALYZER, text)) {
            if (terms.isMorpheme(token.term())) {
                mark(marked, token.start(), token.end());
            }
        }
        List<Token> run = new ArrayList<>();
        for (Token token : SearchTerms.analyse(KoreanAnalysis.BIGRAM_ANALYZER, text)) {
            boolean continues =
                    !run.isEmpty() && token.start() < run.get(run.size() - 1).end();
            if (!continues) {
                markRun(marked, run, terms);
                run.clear();
            }
            if (terms.isBigram(token.term())) {
                run.add(token);
            } else {
                markRun(marked, run, terms);
                run.clear();
            }
        }
        markRun(marked, run, terms);
        return marked;
    }

    private static void markRun(boolean[] marked, List<Token> run, SearchTerms terms) {
        if (!run.isEmpty() && run.size() >= terms.shortestBigramRun()) {
            mark(marked, run.get(0).start(), run.get(run.size() - 1).end());
        }
    }

    private static void mark(boolean[] marked, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(marked.length, end); i++) {
            marked[i] = true;
        }
    }

    private static List<TextPart> parts(String text, boolean[] marked, int from, int to) {
        List<TextPart> parts = new ArrayList<>();
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || marked[i] != marked[start]) {
                parts.add(new TextPart(text.substring(start, i), marked[start]));
                start = i;
            }
        }
        return parts;
    }
}
