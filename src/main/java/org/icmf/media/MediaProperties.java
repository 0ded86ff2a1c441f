package org.icmf.media;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxSize largest image accepted, checked by the application itself so that the board gets a French
 *                message next to the field; keep {@code spring.servlet.multipart.max-file-size} above it
 */
@ConfigurationProperties("icmf.media")
@Validated
public record MediaProperties(@DefaultValue("5MB") @NotNull DataSize maxSize) {}
