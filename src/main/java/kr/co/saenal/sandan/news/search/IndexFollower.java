package kr.co.saenal.sandan.news.search;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.co.saenal.sandan.platform.config.PlatformSettings;
import kr.co.saenal.sandan.platform.config.SettingsReader;

/**
 * Keeps this server's index in step with posts saved through the other servers of a cluster. Each server has its
 * own Lucene index, and Hibernate Search updates it only for changes made on that server; but every saved change
 * of a post is also an Envers revision in the shared database ({@code news_post_aud}), which serves as the
 * cluster's change feed: every second this indexes again the posts of the revisions it has not seen yet, or removes
 * them when they were deleted. On a single server it repeats what Hibernate Search did a moment before; harmless.
 *
 * <p>Revision numbers are taken when a transaction writes, not when it commits, so a lower one can appear after a
 * higher one: revisions of the last {@link #SETTLING} are read again until they are older than that. The newest
 * revision older than that is written next to the index, so a server that was stopped catches up when it starts.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexFollower {

    static final Duration SETTLING = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());
    private static final Path DATA_DIR = PlatformSettings.dataDir(SettingsReader.fromConfig());

    @Inject
    PostRevisions revisions;

    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    /** Since when every round has failed, or {@code null} while they succeed ({@link SearchIndexReadiness}). */
    private volatile Instant failingSince;

    private final Set<Long> seenAboveFloor = new HashSet<>();
    private Long floor;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "search index follower")
    void follow() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous round is still indexing
        }
        try {
            if (floor == null) {
                // a first start reads the last minute again: a post saved while this server started is not missed
                long settled = revisions.newestBefore(clock.instant().minus(SETTLING));
                // a noted revision the database does not have yet (a restored backup) would skip the next ones
                floor = readFloor()
                        .filter(noted -> noted <= revisions.newestBefore(clock.instant()))
                        .orElse(settled);
            }
            List<PostRevisions.Revision> recent = revisions.after(floor);
            List<PostRevisions.Revision> unseen = recent.stream()
                    .filter(r -> !seenAboveFloor.contains(r.number()))
                    .toList();
            if (!unseen.isEmpty()) {
                Set<Long> changedPosts = new HashSet<>(
                        unseen.stream().map(PostRevisions.Revision::postId).toList());
                revisions.reindex(changedPosts);
                unseen.forEach(r -> seenAboveFloor.add(r.number()));
                LOG.fine(() -> "Indexed again after saved changes: posts " + changedPosts);
            }
            long settled = recent.stream()
                    .filter(r -> r.at().isBefore(clock.instant().minus(SETTLING)))
                    .mapToLong(PostRevisions.Revision::number)
                    .max()
                    .orElse(floor);
            if (settled > floor) {
                floor = settled;
                seenAboveFloor.removeIf(number -> number <= settled);
                writeFloor(settled);
            }
            failingSince = null;
        } catch (RuntimeException e) {
            if (failingSince == null) {
                failingSince = clock.instant();
            }
            LOG.log(Level.WARNING, "Following the post revisions failed; trying again in a second", e);
        } finally {
            running.set(false);
        }
    }

    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    private static Path floorFile() {
        return DATA_DIR.resolve("search-index").resolve("followed-revision");
    }

    private static Optional<Long> readFloor() {
        try {
            return Optional.of(Long.parseLong(Files.readString(floorFile()).strip()));
        } catch (IOException | NumberFormatException none) {
            return Optional.empty();
        }
    }

    private static void writeFloor(long revision) {
        try {
            Files.createDirectories(floorFile().getParent());
            Files.writeString(floorFile(), Long.toString(revision), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not note the followed revision in " + floorFile(), e);
        }
    }
}
