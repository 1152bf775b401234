package kr.co.saenal.sandan.news.search;

import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The two ways Korean text is cut into searchable terms; every text field of the index is analysed both ways.
 * Morphemes (Nori) find words inside compounds and with particles attached (산업단지의 → 산업, 단지); bigrams
 * find what no dictionary knows (new abbreviations, names). Registered in persistence.xml
 * ({@code hibernate.search.backend.analysis.configurer}); the same instances mark the hits in snippets.
 */
public class KoreanAnalysis implements LuceneAnalysisConfigurer {

    public static final String MORPHEMES = "korean_morphemes";
    public static final String BIGRAMS = "korean_bigrams";

    static final Analyzer MORPHEME_ANALYZER = new KoreanMorphemeAnalyzer();
    static final Analyzer BIGRAM_ANALYZER = new KoreanBigramAnalyzer();

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(MORPHEMES).instance(MORPHEME_ANALYZER);
        context.analyzer(BIGRAMS).instance(BIGRAM_ANALYZER);
    }
}
