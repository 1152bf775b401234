package kr.co.saenal.sandan.news.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import kr.co.saenal.sandan.media.ImageLibrary;
import kr.co.saenal.sandan.media.ImageRejectedException;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Fetches a picture a body of the old site shows: http and https only, 5 s to connect and 20 s for the answer, at
 * most three redirects (each checked again), never more than the image library's byte limit (plus one, to tell),
 * and the bytes checked as the library checks an upload ({@link ImageLibrary#inspect}). Addresses on loopback,
 * private, link-local or multicast networks are refused unless {@code SANDAN_IMPORT_FETCH_PRIVATE} allows them (a
 * name is looked up before the request; a name that resolves differently a moment later is not caught).
 */
@ApplicationScoped
public class ImageFetcher {

    private static final Logger LOG = Logger.getLogger(ImageFetcher.class.getName());
    private static final int MAX_REDIRECTS = 3;

    @Inject
    ImageLibrary library;

    @Inject
    ImportSettings settings;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A picture fetched and checked, or why not (in the language of the request). */
    public record Fetched(String url, byte[] content, String failure) {
        boolean ok() {
            return failure == null;
        }
    }

    public Fetched fetch(String url) {
        try {
            URI uri = URI.create(url);
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                String refusal = refusal(uri);
                if (refusal != null) {
                    return failed(url, refusal);
                }
                HttpResponse<InputStream> response = client.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(20))
                                .header("Accept", "image/*")
                                .header("User-Agent", "Sandan-import")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status >= 300
                        && status < 400
                        && response.headers().firstValue("Location").isPresent()) {
                    response.body().close();
                    uri = uri.resolve(response.headers().firstValue("Location").get());
                    continue;
                }
                try (InputStream body = response.body()) {
                    if (status != 200) {
                        return failed(url, text("status", Integer.toString(status)));
                    }
                    long limit = library.limits().maxBytes();
                    long declared = response.headers()
                            .firstValueAsLong("Content-Length")
                            .orElse(-1);
                    if (declared > limit) {
                        return failed(url, text("tooLarge", library.limits().maxSizeText()));
                    }
                    byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                    if (content.length > limit) {
                        return failed(url, text("tooLarge", library.limits().maxSizeText()));
                    }
                    library.inspect(content);
                    return new Fetched(url, content, null);
                }
            }
            return failed(url, text("redirects"));
        } catch (ImageRejectedException e) {
            return failed(url, e.koreanMessage());
        } catch (HttpTimeoutException e) {
            return failed(url, text("timeout"));
        } catch (ConnectException e) {
            return failed(url, text("unreachable"));
        } catch (UnknownHostException e) {
            return failed(url, text("unknownHost"));
        } catch (IllegalArgumentException e) {
            return failed(url, text("invalid"));
        } catch (IOException e) {
            LOG.info(() -> "Picture " + url + " not fetched: " + e);
            return failed(url, text("unreachable"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(url, text("timeout"));
        }
    }

    /** Why the address may not be fetched, or null. */
    private String refusal(URI uri) throws UnknownHostException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return text("invalid");
        }
        if (settings.fetchPrivate()) {
            return null;
        }
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
            if (address.isLoopbackAddress()
                    || address.isSiteLocalAddress()
                    || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress()
                    || address.isMulticastAddress()
                    || isUniqueLocal(address)) {
                return text("private");
            }
        }
        return null;
    }

    /** IPv6 unique local addresses (fc00::/7), which {@link InetAddress#isSiteLocalAddress} does not cover. */
    private static boolean isUniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }

    private static Fetched failed(String url, String why) {
        return new Fetched(url, null, why);
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(ImageFetcher.class, "importing.image." + key, arguments);
    }
}
