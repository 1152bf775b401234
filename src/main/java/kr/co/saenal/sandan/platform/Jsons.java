package kr.co.saenal.sandan.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Every {@code jakarta.json.Json.createXxx} call looks it up again through
 * a {@code ServiceLoader} (jakartaee/jsonp-api#154, #346), which cost a tenth of an article page's time; the
 * provider's javadoc asks its users to cache it. Use {@code Jsons.PROVIDER.createObjectBuilder()} and so on.
 */
public final class Jsons {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {}
}
