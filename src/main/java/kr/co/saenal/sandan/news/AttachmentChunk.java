package kr.co.saenal.sandan.news;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One piece of an attachment's bytes ({@link #SIZE} each, the last one shorter). Pieces let a download stream the
 * file and answer a range by reading only the pieces it covers, never the whole file into memory.
 */
@Entity
@Table(name = "news_attachment_chunk")
public class AttachmentChunk {

    /** 512 KiB: small enough for any database's binary column, large enough to keep the rows few. */
    public static final int SIZE = 512 * 1024;

    @EmbeddedId
    private Key key;

    @Column(nullable = false, length = SIZE)
    private byte[] data;

    protected AttachmentChunk() {}

    AttachmentChunk(long attachmentId, int seq, byte[] data) {
        this.key = new Key(attachmentId, seq);
        this.data = data;
    }

    /** The attachment and the piece's place in it, from 0. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "attachment_id", nullable = false)
        private long attachmentId;

        @Column(nullable = false)
        private int seq;

        protected Key() {}

        Key(long attachmentId, int seq) {
            this.attachmentId = attachmentId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.attachmentId == attachmentId && key.seq == seq;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(attachmentId) * 31 + seq;
        }
    }
}
