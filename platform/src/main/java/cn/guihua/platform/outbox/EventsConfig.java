package cn.guihua.platform.outbox;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this service identifies the CloudEvents it produces. */
@ConfigMapping(prefix = "guihua.events")
public interface EventsConfig {

    /** The absolute {@code source} of every event; by default {@code https://guihua.dev/services/<application name>}. */
    Optional<URI> source();

    /** {@code dataschema} is this base followed by the event type, e.g. {@code .../cn.guihua.plan.jurisdiction.created.v1}. */
    @WithDefault("https://guihua.dev/schemas/events/")
    String schemaBase();
}
