package cn.guihua.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * On every API answer: {@code X-Content-Type-Options: nosniff}, {@code Vary: Accept-Language}, and for a caller who
 * sent a token {@code Cache-Control: no-store}: such answers may hold personal data (names, ID numbers, applications)
 * that no browser or proxy may keep.
 */
public class ResponseHeaders {

    @ServerResponseFilter
    public void harden(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
