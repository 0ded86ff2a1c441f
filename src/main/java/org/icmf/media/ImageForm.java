package org.icmf.media;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form: the file and its text alternative, which RGAA requires for every informative image.
 * The file is checked by {@link MediaLibrary#upload}, by content.
 */
public record ImageForm(
        @NotBlank(message = "{media.altText.required}") @Size(max = 250, message = "{media.altText.size}")
        String altText,

        MultipartFile file) {

    public static ImageForm blank() {
        return new ImageForm("", null);
    }

    public boolean hasFile() {
        return file != null && !file.isEmpty();
    }
}
