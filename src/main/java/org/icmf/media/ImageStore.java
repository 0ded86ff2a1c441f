package org.icmf.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code media_image}. Plain JDBC rather than JPA so that which queries read the {@code data} column
 * is explicit: only {@link #data(long)} does; lists and lookups select the other columns.
 */
@Repository
class ImageStore {

    private static final String SUMMARY_COLUMNS = """
            id, sha256, content_type, original_file_name, alt_text, width, height, size_bytes, uploaded_at,
            uploaded_by_name""";

    /** The expression of the search index (V60), so that PostgreSQL uses it. */
    static final String MATCHES = "(alt_text || ' ' || original_file_name) ilike :pattern escape '\\'";

    private final JdbcClient jdbc;

    ImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewImage(
            String sha256,
            ImageType type,
            String fileName,
            String altText,
            Integer width,
            Integer height,
            byte[] data,
            Instant uploadedAt,
            Long accountId,
            String accountName) {}

    /** Inserts the image and returns its id, or empty when an image with the same bytes (same hash) exists. */
    Optional<Long> insertUnlessPresent(NewImage image) {
        return jdbc.sql("""
                        insert into media_image (sha256, content_type, original_file_name, alt_text, width, height,
                                size_bytes, data, uploaded_at, uploaded_by_account_id, uploaded_by_name)
                        values (:sha256, :contentType, :fileName, :altText, :width, :height, :size, :data,
                                :uploadedAt, :accountId, :accountName)
                        on conflict (sha256) do nothing
                        returning id""")
                .param("sha256", image.sha256())
                .param("contentType", image.type().contentType())
                .param("fileName", image.fileName())
                .param("altText", image.altText())
                .param("width", image.width(), Types.INTEGER)
                .param("height", image.height(), Types.INTEGER)
                .param("size", (long) image.data().length)
                .param("data", image.data())
                .param("uploadedAt", OffsetDateTime.ofInstant(image.uploadedAt(), ZoneOffset.UTC))
                .param("accountId", image.accountId(), Types.BIGINT)
                .param("accountName", image.accountName())
                .query(Long.class)
                .optional();
    }

    Optional<Long> idBySha256(String sha256) {
        return jdbc.sql("select id from media_image where sha256 = :sha256")
                .param("sha256", sha256)
                .query(Long.class)
                .optional();
    }

    Optional<ImageSummary> find(long id) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from media_image where id = :id")
                .param("id", id)
                .query(ImageStore::summary)
                .optional();
    }

    /** The image whose URL key (the first hex characters of its hash) is {@code key}. */
    Optional<ImageSummary> findByKey(String key) {
        return jdbc.sql("select " + SUMMARY_COLUMNS
                        + " from media_image where substr(sha256, 1, %d) = :key".formatted(MediaLibrary.KEY_LENGTH))
                .param("key", key)
                .query(ImageStore::summary)
                .optional();
    }

    /** Newest first; never reads the bytes. */
    List<ImageSummary> page(int limit, long offset) {
        return jdbc.sql("select " + SUMMARY_COLUMNS
                        + " from media_image order by uploaded_at desc, id desc limit :limit offset :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(ImageStore::summary)
                .list();
    }

    /**
     * Newest first, the images whose text alternative or file name contains {@code pattern}, a LIKE pattern whose
     * wildcards the caller escaped with a backslash; served by the trigram index of V60.
     */
    List<ImageSummary> search(String pattern, int limit, long offset) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from media_image where " + MATCHES
                        + " order by uploaded_at desc, id desc limit :limit offset :offset")
                .param("pattern", pattern)
                .param("limit", limit)
                .param("offset", offset)
                .query(ImageStore::summary)
                .list();
    }

    long countMatching(String pattern) {
        return jdbc.sql("select count(*) from media_image where " + MATCHES)
                .param("pattern", pattern)
                .query(Long.class)
                .single();
    }

    long count() {
        return jdbc.sql("select count(*) from media_image").query(Long.class).single();
    }

    byte[] data(long id) {
        return jdbc.sql("select data from media_image where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    void updateAltText(long id, String altText) {
        jdbc.sql("update media_image set alt_text = :altText where id = :id")
                .param("altText", altText)
                .param("id", id)
                .update();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from media_image where id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    private static ImageSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new ImageSummary(
                row.getLong("id"),
                row.getString("sha256"),
                ImageType.ofContentType(row.getString("content_type")),
                row.getString("original_file_name"),
                row.getString("alt_text"),
                row.getObject("width", Integer.class),
                row.getObject("height", Integer.class),
                row.getLong("size_bytes"),
                row.getTimestamp("uploaded_at").toInstant(),
                row.getString("uploaded_by_name"));
    }
}
