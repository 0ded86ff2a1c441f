package org.icmf.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of results as templates need it: the items, 1-based page numbers and totals. Pages are
 * 1-based in URLs ({@code ?page=2}) because visitors read them.
 */
public record Paging<T>(List<T> items, int page, int size, long totalItems) {

    public int totalPages() {
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public <R> Paging<R> map(Function<T, R> mapper) {
        return new Paging<>(items.stream().map(mapper).toList(), page, size, totalItems);
    }

    /** 0-based offset of a 1-based page, for SQL. */
    public static long offset(int page, int size) {
        return (long) (page - 1) * size;
    }
}
