package kr.co.saenal.sandan.faq;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What the public side reads of the FAQ: published questions only, as read models. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FaqService {

    /** Korean particles a searcher types after a word (입주는, 조건을, 공장으로): looked for without them. */
    private static final Pattern PARTICLE = Pattern.compile("(으로|에서|에게|까지|부터|이란|란|은|는|이|가|을|를|에|의|로|와|과|도|만)$");

    @Inject
    FaqRepository repository;

    /** Every topic that has published questions, with them, in the editors' order (one statement). */
    public List<FaqSection> sections() {
        Map<String, List<FaqEntry>> byTopic = new LinkedHashMap<>();
        Map<String, FaqEntry> firstOf = new LinkedHashMap<>();
        for (FaqEntry entry : repository.published()) {
            byTopic.computeIfAbsent(entry.topicSlug(), slug -> new ArrayList<>())
                    .add(entry);
            firstOf.putIfAbsent(entry.topicSlug(), entry);
        }
        List<FaqSection> sections = new ArrayList<>();
        byTopic.forEach((slug, entries) -> {
            FaqEntry first = firstOf.get(slug);
            sections.add(new FaqSection(slug, first.topicName(), first.consultTopic(), List.copyOf(entries)));
        });
        return sections;
    }

    /** The topics that have published questions, for links (the consultation page's). */
    public List<FaqTopicLink> topicLinks() {
        return repository.topicLinks();
    }

    /**
     * The published questions that contain the words typed (in the question or the answer; a word's trailing
     * particle is not needed), those containing every word first and questions before answers; at most
     * {@code limit}. The FAQ is short, so the published questions are read once and matched here.
     */
    public List<FaqEntry> search(String text, int limit) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        record Scored(FaqEntry entry, int words, int score, int order) {}
        List<Scored> found = new ArrayList<>();
        List<FaqEntry> all = repository.published();
        for (int i = 0; i < all.size(); i++) {
            FaqEntry entry = all.get(i);
            String question = entry.question().toLowerCase(Locale.ROOT);
            String answer = entry.answerText().toLowerCase(Locale.ROOT);
            int matched = 0;
            int score = 0;
            for (String word : words) {
                if (question.contains(word)) {
                    matched++;
                    score += 2;
                } else if (answer.contains(word)) {
                    matched++;
                    score += 1;
                }
            }
            if (matched > 0) {
                found.add(new Scored(entry, matched, score, i));
            }
        }
        int most = found.stream().mapToInt(Scored::words).max().orElse(0);
        return found.stream()
                .filter(s -> s.words() == most)
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::order))
                .limit(limit)
                .map(Scored::entry)
                .toList();
    }

    /** The words of a search, lower-cased, without a trailing particle; words of one letter are left out. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s,.?!·]+")) {
            String stem = word.length() > 2 ? PARTICLE.matcher(word).replaceFirst("") : word;
            if (stem.length() >= 2 && !words.contains(stem)) {
                words.add(stem);
            }
        }
        return words;
    }
}
