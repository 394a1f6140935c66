package cn.guihua.indicator.directory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * plan-service's public documents beyond the catalogue: a published plan (for its document number, 文号) and the
 * division codes (for the names of a jurisdiction and its streets). Same client settings as the catalogue's
 * ({@code quarkus.rest-client.plan-service.*}).
 */
@RegisterRestClient(configKey = "plan-service")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PlanDirectoryClient {

    @GET
    @Path("plans/{code}")
    JsonNode plan(@PathParam("code") String code);

    @GET
    @Path("jurisdictions/{code}")
    JsonNode jurisdiction(@PathParam("code") String code);

    @GET
    @Path("jurisdictions")
    JsonNode children(@QueryParam("parentCode") String parentCode, @QueryParam("page") int page, @QueryParam("size") int size);
}
