package kr.co.saenal.sandan.news;

/** A published post and how often it was read, relative to the most read one. */
public record PostReadings(long id, String title, String slug, long views, int percentOfMax) {

    public String getPath() {
        return ArticlePaths.of(id, slug);
    }
}
