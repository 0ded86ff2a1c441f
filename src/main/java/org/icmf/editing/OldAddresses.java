package org.icmf.editing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The addresses public items left when their address changed (V61), each pointing at the item, so that it answers
 * 301 to wherever the item is now, however many times it moved. A module's component extends it with its table.
 */
public abstract class OldAddresses {

    /** The longest old address kept (its column's length): a longer one asked for leads nowhere. */
    public static final int MAX_PATH_LENGTH = 200;

    private final JdbcClient jdbc;
    private final String table;
    private final String itemColumn;

    /** {@code table} and {@code itemColumn} are the module's own names, never user input. */
    protected OldAddresses(JdbcClient jdbc, String table, String itemColumn) {
        this.jdbc = jdbc;
        this.table = table;
        this.itemColumn = itemColumn;
    }

    /**
     * An item is saved at {@code newPath} (null: it has no address yet), having been public at {@code oldPath} (null:
     * it was not): the old address now leads to it, and the new one leads nowhere else.
     */
    public void saved(Long itemId, String oldPath, String newPath, Instant now) {
        if (newPath != null) {
            jdbc.sql("delete from " + table + " where old_path = :path")
                    .param("path", newPath)
                    .update();
        }
        if (oldPath != null && !oldPath.equals(newPath)) {
            jdbc.sql("insert into " + table + " (old_path, " + itemColumn + ", created_at) values (:path, :item, :now)"
                            + " on conflict (old_path) do update set " + itemColumn + " = excluded." + itemColumn
                            + ", created_at = excluded.created_at")
                    .param("path", oldPath)
                    .param("item", itemId)
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .update();
        }
    }

    /** The item an old address leads to, if any. */
    public Optional<Long> itemAt(String oldPath) {
        if (oldPath.length() > MAX_PATH_LENGTH) {
            return Optional.empty();
        }
        return jdbc.sql("select " + itemColumn + " from " + table + " where old_path = :path")
                .param("path", oldPath)
                .query(Long.class)
                .optional();
    }
}
