package org.icmf.web;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL advisory locks held until the current transaction ends: requests sharing a key (a client address, an
 * e-mail) are then counted or stored one after the other, on every instance, without a row to lock.
 */
public final class TransactionLocks {

    private TransactionLocks() {}

    /** Waits for, then holds until commit or rollback, the lock named {@code key}; call inside a transaction. */
    public static void hold(JdbcClient jdbc, String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", key)
                .query()
                .listOfRows();
    }
}
