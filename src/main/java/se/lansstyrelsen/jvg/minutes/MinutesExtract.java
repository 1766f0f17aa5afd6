package se.lansstyrelsen.jvg.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The extract of minutes (protokollsutdrag) with the leadership decision, a PDF stored with the case. */
@Entity
@Table(name = "minutes_extract")
public class MinutesExtract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accession_id", nullable = false)
    private Long accessionId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    /** bytea on PostgreSQL, BINARY VARYING on H2 (both accept the type name bytea in the migration). */
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected MinutesExtract() {}

    MinutesExtract(Long accessionId, String fileName, byte[] content, String sha256, Instant uploadedAt) {
        this.accessionId = accessionId;
        this.fileName = fileName;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAccessionId() {
        return accessionId;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
