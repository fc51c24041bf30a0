package org.qcommons.base.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be (decision 105). The largest upload is a 20 MB meeting paper; the rest of the
 * request is its multipart framing. Enforced while the body streams, before it is held anywhere.
 *
 * @param maxRequestSize the largest request body any endpoint accepts
 */
@ConfigurationProperties("qcommons.uploads")
public record UploadProperties(@DefaultValue("21MB") DataSize maxRequestSize) {}
