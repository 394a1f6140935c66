package cn.guihua.indicator.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import cn.guihua.platform.paging.Page;

/**
 * plan-service's public catalogue (the contract in docs/indicator-service.md), paged as every Guihua list is; connect
 * and read timeouts are configured ({@code quarkus.rest-client.plan-service.*}).
 */
@RegisterRestClient(configKey = "plan-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PlanCatalogueClient {

    @GET
    @Path("indicators")
    Page<IndicatorDefinition> indicators(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("targets")
    Page<TargetDefinition> targets(@QueryParam("page") int page, @QueryParam("size") int size);
}
