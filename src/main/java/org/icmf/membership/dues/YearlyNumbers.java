package org.icmf.membership.dues;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Numbers of the form "2026-0042" (member numbers, receipt numbers): the year and a rank counted atomically in
 * PostgreSQL, so that parallel requests never get the same one.
 */
public final class YearlyNumbers {

    private YearlyNumbers() {}

    public static String next(JdbcClient jdbc, String kind, int year) {
        int rank = jdbc.sql("""
                insert into membership_number_counter (kind, year, last) values (:kind, :year, 1)
                on conflict (kind, year) do update set last = membership_number_counter.last + 1
                returning last""")
                .param("kind", kind)
                .param("year", year)
                .query(Integer.class)
                .single();
        return "%d-%04d".formatted(year, rank);
    }
}
