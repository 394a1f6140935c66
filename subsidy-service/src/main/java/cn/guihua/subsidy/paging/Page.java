package cn.guihua.subsidy.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list: the items, the page asked for, and the total across all pages. */
@Schema(description = "One page of results")
public record Page<T>(
        List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(description = "Items across all pages", example = "42") long total,
        @Schema(description = "Pages in all", example = "3") int totalPages) {

    public static final String PAGE_DOC = "Zero-based page number";
    public static final String SIZE_DOC = "Items per page, 1 to 200";

    public static <E, T> Page<T> of(PanacheQuery<E> query, int page, int size, Function<E, T> mapper) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream().map(mapper).toList();
        long total = query.count();
        return new Page<>(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
