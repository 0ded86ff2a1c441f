package org.icmf.web.hostile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the tables a form writes hold, computed by PostgreSQL: a fingerprint of their rows (equal before and after when
 * nothing changed) and how many rows hold a control character. Both read every row, and the hostile tests ask for them
 * around thousands of requests: so each table's are kept with its version — its row count and the sum of its rows'
 * {@code xmin}, which any insert, update or delete changes, as PostgreSQL writes every changed row anew under its
 * transaction's id — and computed again only once that version changed. Version and contents come from one snapshot.
 */
final class StoredTables {

    /** The fingerprints of some tables, in their order, and how many of their rows hold a control character. */
    record Contents(List<String> fingerprints, long rowsWithControlCharacters) {}

    private record Table(String version, String fingerprint, long rowsWithControlCharacters) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final Map<String, Table> known = new HashMap<>();

    StoredTables(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    Contents of(List<String> tables) {
        List<String> fingerprints = new ArrayList<>();
        long controlled = 0;
        for (String name : tables) {
            Table table = snapshot.execute(status -> table(name));
            fingerprints.add(table.fingerprint());
            controlled += table.rowsWithControlCharacters();
        }
        return new Contents(fingerprints, controlled);
    }

    private Table table(String name) {
        String version = jdbc.sql("select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from " + name)
                .query(String.class)
                .single();
        Table table = known.get(name);
        if (table == null || !table.version().equals(version)) {
            table = new Table(
                    version,
                    jdbc.sql("select '" + name + ":' || count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                                    + "order by t::text)), '') from " + name + " t")
                            .query(String.class)
                            .single(),
                    jdbc.sql("select count(*) from " + name + " t where t::text ~ "
                                    + "'[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]'")
                            .query(Long.class)
                            .single());
            known.put(name, table);
        }
        return table;
    }
}
