package cn.guihua.platform.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The request limits answered with a problem+json 414 or 431 (the HTTP server's own limits are set above them). */
@ConfigMapping(prefix = "guihua.http")
public interface HttpConfig {

    /** The longest request target (path and query) in characters. */
    @WithDefault("8192")
    int maxUriLength();

    /** The largest sum of header names and values in bytes. */
    @WithDefault("32768")
    int maxHeaderSize();
}
