package kr.co.saenal.sandan.news.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Korean as overlapping pairs of syllables (구조고도화 → 구조, 조고, 고도, 도화): finds any word of two syllables
 * or more wherever it stands, dictionary or not.
 */
final class KoreanBigramAnalyzer extends Analyzer {

    /** Quotes and middle dots glue words together for Unicode's word rules (소부장’은, 소재·부품); not here. */
    private static final NormalizeCharMap SEPARATORS;

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (String separator : new String[] {"’", "‘", "'", "·", "ㆍ", "‧", "・", "."}) {
            map.add(separator, " ");
        }
        SEPARATORS = map.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(SEPARATORS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
