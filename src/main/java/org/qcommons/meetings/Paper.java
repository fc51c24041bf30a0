package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;

/** A paper for an agenda item. The bytes live under the data directory, named by {@code storageKey}. */
@Entity
@Table(name = "mtg_paper")
public class Paper extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem agendaItem;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 120)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, length = 80)
    private String storageKey;

    @Column(name = "uploaded_by", length = 120)
    private String uploadedBy;

    /** Whose the paper is: erasure and export go by this, never by the name shown. */
    @Column(name = "uploaded_by_id", updatable = false)
    private Long uploadedById;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Paper() {}

    Paper(
            AgendaItem agendaItem,
            String fileName,
            String contentType,
            long sizeBytes,
            String storageKey,
            String uploadedBy,
            Long uploadedById,
            Instant uploadedAt) {
        this.uploadedAt = uploadedAt;
        this.agendaItem = agendaItem;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedById = uploadedById;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    String getStorageKey() {
        return storageKey;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
