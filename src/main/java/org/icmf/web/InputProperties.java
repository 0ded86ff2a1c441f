package org.icmf.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bounds of the input edge ({@link InputEdge}, {@link BodyLimit}).
 *
 * @param maxFieldLength the longest text a request parameter keeps, in characters, when its form field declares no
 *                       {@code @Size(max)} of its own
 * @param maxBodySize    the largest request body accepted outside the media library's upload (answered 413)
 */
@ConfigurationProperties("icmf.web")
public record InputProperties(
        @DefaultValue("10000") int maxFieldLength,
        @DefaultValue("2MB") DataSize maxBodySize) {}
