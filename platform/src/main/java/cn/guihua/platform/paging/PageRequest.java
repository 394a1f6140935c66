package cn.guihua.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code page} and {@code size} of a list operation, bounded so that no offset can overflow. Use as
 * {@code @BeanParam @Valid PageRequest paging}; the default size is 20.
 */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(Page.MAX_PAGE)
    @Parameter(description = Page.PAGE_DOC)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(Page.MAX_SIZE)
    @Parameter(description = Page.SIZE_DOC)
    public int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int offset() {
        return page * size;
    }
}
