package kr.co.saenal.sandan.news.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * Korean by morphemes (Lucene's Nori): compounds are split into their parts, particles and endings dropped.
 * {@code industry-words.txt} teaches it the trade's words that its dictionary lacks (산단, 소부장, …).
 */
final class KoreanMorphemeAnalyzer extends Analyzer {

    /** Particles Nori leaves standing after a word it learnt from the user dictionary (산단의 → 산단, 의). */
    private static final CharArraySet LOOSE_PARTICLES = new CharArraySet(
            java.util.List.of("의", "을", "를", "은", "는", "이", "가", "에", "와", "과", "도", "로", "으로", "에서", "에는", "과의", "와의"),
            false);

    private final UserDictionary industryWords = load("industry-words.txt");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        KoreanTokenizer tokenizer = new KoreanTokenizer(
                TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY,
                industryWords,
                KoreanTokenizer.DecompoundMode.DISCARD,
                false,
                true);
        TokenStream stream =
                new KoreanPartOfSpeechStopFilter(tokenizer, KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
        stream = new KoreanReadingFormFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, LOOSE_PARTICLES);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static UserDictionary load(String resource) {
        try (Reader words = new InputStreamReader(
                KoreanMorphemeAnalyzer.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return UserDictionary.open(words);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
