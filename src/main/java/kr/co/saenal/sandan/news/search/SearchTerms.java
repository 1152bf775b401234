package kr.co.saenal.sandan.news.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What a visitor typed into the search box: the text for the index, and the terms it is made of (by both
 * analyzers) to mark where a post matched.
 */
public final class SearchTerms {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;

    private final String text;
    private final Set<String> morphemes = new LinkedHashSet<>();
    private final Set<String> bigrams = new LinkedHashSet<>();
    private final int shortestBigramRun;

    private SearchTerms(String text) {
        this.text = text;
        int shortest = 2;
        for (String word : text.split("[\\s\"+|()*~-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            morphemes.addAll(tokens(KoreanAnalysis.MORPHEME_ANALYZER, word));
            List<String> wordBigrams = tokens(KoreanAnalysis.BIGRAM_ANALYZER, word);
            bigrams.addAll(wordBigrams);
            if (wordBigrams.size() == 1) {
                shortest = 1;
            }
        }
        this.shortestBigramRun = shortest;
    }

    /** The query as typed, without surrounding spaces and at most {@value #MAX_LENGTH} characters. */
    public static SearchTerms of(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH).strip();
        }
        return new SearchTerms(text);
    }

    public String text() {
        return text;
    }

    /** Fewer than two letters (spaces do not count): too little to search for. */
    public boolean isTooShort() {
        return text.replace(" ", "").codePointCount(0, text.replace(" ", "").length()) < MIN_LENGTH;
    }

    /** Nothing searchable left once particles and punctuation are gone. */
    public boolean isEmpty() {
        return morphemes.isEmpty() && bigrams.isEmpty();
    }

    boolean isMorpheme(String term) {
        return morphemes.contains(term);
    }

    /** The query's letter pairs: every match contains one of them as it is written (case aside). */
    Set<String> anchors() {
        return bigrams;
    }

    boolean isBigram(String term) {
        return bigrams.contains(term);
    }

    /** Bigrams mark a hit only in runs at least this long, so that one stray pair (단을) marks nothing. */
    int shortestBigramRun() {
        return shortestBigramRun;
    }

    /** A token of an analysed text: its term and where it stands in the text. */
    record Token(String term, int start, int end) {}

    static List<Token> analyse(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        return analyse(analyzer, text).stream().map(Token::term).toList();
    }
}
