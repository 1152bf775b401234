package kr.co.saenal.sandan.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs a scheduled job once per cluster: every server's timer fires, and the one whose update moves the job's
 * lease forward (a single row in {@code job_lease}; the database lets one update win) runs the job, the others
 * skip the round. The taker ends the lease early when the job fails ({@link #release}) or extends it to the next
 * time the job is due when it succeeds ({@link #holdUntil}); a server that dies while holding a lease delays the
 * job until the lease ends, when another server's timer takes it.
 */
@ApplicationScoped
public class ClusterLeases {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** @return true when this server holds the lease of {@code job} for {@code length} from now and is to run it */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String job, Duration length) {
        Instant now = clock.instant();
        return em.createQuery("update JobLease l set l.holder = :server, l.leasedUntil = :until "
                                + "where l.name = :job and l.leasedUntil <= :now")
                        .setParameter("server", serverName())
                        .setParameter("until", now.plus(length))
                        .setParameter("job", job)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    /** The job is done until {@code until}: no server takes it before. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void holdUntil(String job, Instant until) {
        move(job, until);
    }

    /** The job failed here: the next timer of any server may take it at once. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job) {
        move(job, clock.instant());
    }

    private void move(String job, Instant until) {
        em.createQuery("update JobLease l set l.leasedUntil = :until where l.name = :job and l.holder = :server")
                .setParameter("until", until)
                .setParameter("job", job)
                .setParameter("server", serverName())
                .executeUpdate();
    }

    /** The lease of a job, to see who ran it last. */
    @Transactional
    public JobLease lease(String job) {
        return em.find(JobLease.class, job);
    }

    static String serverName() {
        return System.getProperty("jboss.node.name", "server");
    }
}
