package cn.guihua.platform.paging;

import java.util.List;
import java.util.function.Function;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list: the items, the page asked for, and the totals across all pages. */
@Schema(description = "One page of results")
public record Page<T>(
        @NotNull List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(description = "Items across all pages", example = "42") long total,
        @Schema(description = "Pages in all", example = "3") int totalPages) {

    /** The largest page number: page times size stays far below what an offset can hold. */
    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SIZE = 200;
    public static final String PAGE_DOC = "Zero-based page number, at most 1000000";
    public static final String SIZE_DOC = "Items per page, 1 to 200";

    public static <T> Page<T> of(List<T> items, int page, int size, long total) {
        return new Page<>(items, page, size, total, (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
    }

    public static <E, T> Page<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> mapper) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream().map(mapper).toList();
        return of(items, page, size, query.count());
    }

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        return of(query, request.page, request.size, mapper);
    }

    /** A page of a list already in memory. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), (long) request.page * request.size);
        int to = Math.min(all.size(), from + request.size);
        return of(List.copyOf(all.subList(from, to)), request.page, request.size, all.size());
    }
}
