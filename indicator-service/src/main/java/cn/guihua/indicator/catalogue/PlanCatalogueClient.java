package cn.guihua.indicator.catalogue;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** plan-service's public catalogue (the contract in docs/indicator-service.md); timeouts are configured. */
@RegisterRestClient(configKey = "plan-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PlanCatalogueClient {

    /** One page of a catalogue list; fields plan-service adds beyond these are ignored. */
    record CataloguePage<T>(List<T> items, int page, int size, long total, Integer totalPages) {
    }

    @GET
    @Path("indicators")
    CataloguePage<IndicatorDefinition> indicators(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("targets")
    CataloguePage<TargetDefinition> targets(@QueryParam("page") int page, @QueryParam("size") int size);
}
