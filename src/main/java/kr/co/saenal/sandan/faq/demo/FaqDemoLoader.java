package kr.co.saenal.sandan.faq.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Logger;
import kr.co.saenal.sandan.faq.FaqDesk;
import kr.co.saenal.sandan.faq.FaqDraft;
import kr.co.saenal.sandan.faq.FaqRepository;
import kr.co.saenal.sandan.platform.Jsons;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * Fills an empty FAQ with the demo questions (src/main/resources/demo/faq.json) through the editors' own
 * {@link FaqDesk}, so they pass the same checks. Once per database: a {@code faq.demoLoaded} row remembers it, so an
 * FAQ its editors emptied stays empty; the start-up lock keeps two nodes from loading it both.
 */
@ApplicationScoped
public class FaqDemoLoader {

    private static final Logger LOG = Logger.getLogger(FaqDemoLoader.class.getName());
    static final String LOADED = "faq.demoLoaded";

    @Inject
    SettingRepository settings;

    @Inject
    FaqRepository faq;

    @Inject
    FaqDesk desk;

    /** @return whether the demo FAQ was loaded */
    @Transactional
    public boolean loadIfEmpty() {
        settings.lockForStartup();
        if (settings.all().containsKey(LOADED) || faq.countTopics() > 0) {
            return false;
        }
        JsonObject demo = read();
        String editor = demo.getString("editor");
        int questions = 0;
        for (JsonObject t : demo.getJsonArray("topics").getValuesAs(JsonObject.class)) {
            long topic = desk.saveTopic(
                    null, t.getString("name"), t.getString("slug"), t.getString("consultTopic", null), editor);
            for (JsonObject q : t.getJsonArray("questions").getValuesAs(JsonObject.class)) {
                FaqDraft draft = new FaqDraft();
                draft.setTopicId(topic);
                draft.setQuestion(q.getString("question"));
                draft.setAnswer(q.getString("answer"));
                draft.setPublished(true);
                desk.saveItem(null, draft, editor);
                questions++;
            }
        }
        settings.put(Map.of(LOADED, "true"));
        int loaded = questions;
        LOG.info(() -> "Loaded the demo FAQ: " + loaded + " questions");
        return true;
    }

    private static JsonObject read() {
        try (InputStream in = FaqDemoLoader.class.getClassLoader().getResourceAsStream("demo/faq.json")) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource demo/faq.json");
            }
            try (JsonReader reader = Jsons.PROVIDER.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
