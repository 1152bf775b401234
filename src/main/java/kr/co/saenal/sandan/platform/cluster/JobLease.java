package kr.co.saenal.sandan.platform.cluster;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Which server runs a cluster-wide job this round, and until when ({@link ClusterLeases}). */
@Entity
@Table(name = "job_lease")
public class JobLease {

    @Id
    private String name;

    private String holder;

    private Instant leasedUntil;

    protected JobLease() {}

    public String getHolder() {
        return holder;
    }

    public Instant getLeasedUntil() {
        return leasedUntil;
    }
}
