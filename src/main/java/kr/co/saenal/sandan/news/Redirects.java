package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Old addresses that answer {@code 301}: listed, added, changed and deleted by editors, made by imports for every
 * item's link and guid, and recorded when an editor changes the address of a published post. A redirect leads to a
 * post (by id: the answer follows its current address) or to a page of the site. The rules keep the table free of
 * loops and chains: an old address is never the current address of a post, never one of the site's pages or working areas (back office, API, media, resources), and never the target of another redirect; a target is an
 * existing post, an existing category's list, or one of the site's pages, and never an old address itself.
 */
@ApplicationScoped
@Transactional
public class Redirects {

    /** Areas of the site an old address may not take over. */
    private static final List<String> RESERVED =
            List.of("/admin", "/api", "/login", "/logout", "/media", "/resources", "/jakarta.faces.resource");

    /** Pages of the site a redirect may lead to besides posts and category lists. */
    private static final Set<String> PAGES =
            Set.of("/", "/news", "/search", "/consult", "/privacy", "/faq", "/complexes", "/feed.xml", "/rss.xml");

    private static final Pattern ARTICLE = Pattern.compile("/news/(\\d{1,18})(?:/[^/?]*)?");
    private static final Pattern CATEGORY = Pattern.compile("/news\\?category=([a-z0-9-]{1,60})");

    @Inject
    RedirectRepository redirects;

    @Inject
    NewsRepository posts;

    @Inject
    CategoryRepository categories;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RedirectRow> list() {
        return redirects.rows();
    }

    /** Every redirect as {@link RedirectLookup} keeps it, with the stamp it was read under. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Snapshot snapshot() {
        String stamp = redirects.stamp();
        return new Snapshot(stamp, redirects.all());
    }

    /** What the lookup holds: a stamp (count and newest change) and every row. */
    public record Snapshot(String stamp, List<RedirectRow> rows) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public String stamp() {
        return redirects.stamp();
    }

    /**
     * Adds ({@code id == null}) or changes a redirect from the back office.
     *
     * @throws RuleViolationException with fields {@code oldPath} and {@code targetPath}; nothing is stored then
     */
    public void save(Long id, String oldText, String targetText) {
        Instant now = clock.instant();
        Redirect existing = id == null ? null : redirects.find(id).orElseThrow(() -> refused("oldPath", "gone"));
        List<FieldError> errors = new ArrayList<>();
        String oldPath = checkOld(oldText, id, errors);
        Optional<String> typedTarget = OldAddress.of(targetText == null ? "" : targetText.strip());
        Target target = null;
        if (oldPath != null && typedTarget.isPresent() && typedTarget.get().equals(oldPath)) {
            errors.add(error("targetPath", "loop"));
        } else {
            target = checkTarget(targetText, errors);
            if (oldPath != null && target != null && oldPath.equals(target.key())) {
                errors.add(error("targetPath", "loop"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        if (existing == null) {
            redirects.add(
                    target.postId() != null
                            ? Redirect.toPost(oldPath, target.postId(), Redirect.Origin.EDITOR, now)
                            : Redirect.toPath(oldPath, target.path(), Redirect.Origin.EDITOR, now));
        } else {
            existing.change(oldPath, target.postId(), target.postId() == null ? target.path() : null, now);
        }
        redirects.flush();
    }

    public void delete(long id) {
        redirects.find(id).ifPresent(redirects::remove);
    }

    /**
     * A published post's address changed from {@code oldSlug} to {@code newSlug}: its old address now leads to it
     * (a redirect from that address elsewhere is pointed at the post), and a redirect from its new address, left from
     * an earlier change back, is removed (it would lead to itself).
     */
    public void recordMove(long postId, String oldSlug, String newSlug) {
        Instant now = clock.instant();
        Optional<String> from = OldAddress.of(ArticlePaths.of(postId, oldSlug));
        Optional<String> to = OldAddress.of(ArticlePaths.of(postId, newSlug));
        to.flatMap(redirects::byOldPath).ifPresent(redirects::remove);
        if (from.isEmpty() || from.equals(to)) {
            return;
        }
        redirects.flush();
        Optional<Redirect> earlier = redirects.byOldPath(from.get());
        if (earlier.isPresent()) {
            earlier.get().change(from.get(), postId, null, now);
        } else {
            redirects.add(Redirect.toPost(from.get(), postId, Redirect.Origin.MOVE, now));
        }
    }

    /**
     * Redirects from an imported item's old addresses to its post, for every address no redirect holds yet and that
     * an old address may be; returns those made.
     */
    public List<String> addImported(long postId, Collection<String> oldAddresses) {
        Instant now = clock.instant();
        Set<String> wanted = new LinkedHashSet<>();
        for (String address : oldAddresses) {
            OldAddress.of(address).filter(Redirects::mayBeOld).ifPresent(wanted::add);
        }
        wanted.removeAll(new HashSet<>(redirects.taken(wanted)));
        List<String> made = new ArrayList<>();
        for (String key : wanted) {
            redirects.add(Redirect.toPost(key, postId, Redirect.Origin.IMPORT, now));
            made.add(key);
        }
        return made;
    }

    /** Adds hits counted in memory, one update per redirect, each in its own transaction's statement. */
    public void addHits(Map<Long, Long> hits, Instant at) {
        hits.forEach((id, count) -> redirects.addHits(id, count, at));
    }

    // --- rules ---

    private String checkOld(String text, Long id, List<FieldError> errors) {
        Optional<String> key = OldAddress.of(text);
        if (key.isEmpty()) {
            errors.add(error("oldPath", "invalid"));
            return null;
        }
        String oldPath = key.get();
        if (!mayBeOld(oldPath)) {
            errors.add(error("oldPath", "reserved"));
            return null;
        }
        Optional<Redirect> same = redirects.byOldPath(oldPath);
        if (same.isPresent() && !same.get().getId().equals(id)) {
            errors.add(error("oldPath", "taken"));
            return null;
        }
        Matcher article = ARTICLE.matcher(oldPath);
        if (article.matches()) {
            Optional<NewsPost> post = posts.find(Long.parseLong(article.group(1)));
            if (post.isPresent()
                    && OldAddress.of(ArticlePaths.of(
                                    post.get().getId(), post.get().getSlug()))
                            .orElse("")
                            .equals(oldPath)) {
                errors.add(error("oldPath", "live"));
                return null;
            }
        }
        if (redirects.leadsTo(oldPath, id)) {
            errors.add(error("oldPath", "isTarget"));
            return null;
        }
        return oldPath;
    }

    /** Where a redirect may lead: {@code key} is the target as an {@link OldAddress} key, to compare with old ones. */
    private record Target(Long postId, String path, String key) {}

    private Target checkTarget(String text, List<FieldError> errors) {
        String typed = text == null ? "" : text.strip();
        if (!typed.startsWith("/") || typed.startsWith("//") || typed.contains("\\")) {
            errors.add(error("targetPath", "invalid"));
            return null;
        }
        Optional<String> key = OldAddress.of(typed);
        if (key.isEmpty()) {
            errors.add(error("targetPath", "invalid"));
            return null;
        }
        if (redirects.byOldPath(key.get()).isPresent()) {
            errors.add(error("targetPath", "redirects"));
            return null;
        }
        Target target;
        Matcher article = ARTICLE.matcher(key.get());
        Matcher category = CATEGORY.matcher(key.get());
        if (article.matches()) {
            Optional<NewsPost> post = posts.find(Long.parseLong(article.group(1)));
            if (post.isEmpty()) {
                errors.add(error("targetPath", "missing"));
                return null;
            }
            String current = ArticlePaths.of(post.get().getId(), post.get().getSlug());
            target = new Target(post.get().getId(), null, OldAddress.of(current).orElse(current));
        } else if (category.matches()) {
            if (categories.bySlug(category.group(1)).isEmpty()) {
                errors.add(error("targetPath", "missing"));
                return null;
            }
            target = new Target(null, key.get(), key.get());
        } else if (PAGES.contains(key.get())) {
            target = new Target(null, key.get(), key.get());
        } else {
            errors.add(error("targetPath", "unknown"));
            return null;
        }
        return target;
    }

    /** Whether an address may be an old one: not the home page, not a working area of the site. */
    static boolean mayBeOld(String key) {
        String path = OldAddress.pathOf(key);
        if (PAGES.contains(key)) {
            return false;
        }
        for (String area : RESERVED) {
            if (path.equals(area) || path.startsWith(area + "/")) {
                return false;
            }
        }
        return true;
    }

    private static FieldError error(String field, String reason) {
        return new FieldError(field, Texts.say(Redirects.class, "redirects." + field + "." + reason));
    }

    private static RuleViolationException refused(String field, String reason) {
        return new RuleViolationException(List.of(error(field, reason)));
    }
}
