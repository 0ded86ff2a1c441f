package org.icmf.media.admin;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.icmf.media.ImageForm;
import org.icmf.media.ImageRejectedException;
import org.icmf.media.ImageSummary;
import org.icmf.media.MediaLibrary;
import org.icmf.security.BoardUser;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the post and page editors' script (editor-images.js) asks the library for, in JSON: an image pasted or dropped
 * into the text, uploaded with the same checks as the upload form; and the images to pick from, searched and by
 * pages. Under {@code /admin/medias}, so the library's role (EDITOR) and upload limits apply; CSRF token in a header.
 */
@RestController
class MediaPickerController {

    static final int PAGE_SIZE = 12;

    /** Pages beyond this are not asked for by anyone: a longer number is read as the first page. */
    private static final int MAX_PAGE_DIGITS = 6;

    private final MediaLibrary library;
    private final MessageSource messages;

    MediaPickerController(MediaLibrary library, MessageSource messages) {
        this.library = library;
        this.messages = messages;
    }

    /** An image as the picker shows (its thumbnail, at most 160 px a side) and inserts it. */
    record PickedImage(
            long id,
            String url,
            String altText,
            String fileName,
            String thumbnailUrl,
            Integer thumbnailWidth,
            Integer thumbnailHeight) {

        static PickedImage of(ImageSummary image) {
            return new PickedImage(
                    image.id(),
                    image.url(),
                    image.altText(),
                    image.fileName(),
                    image.thumbnailUrl(),
                    image.thumbnailWidth(),
                    image.thumbnailHeight());
        }
    }

    /** One page of the picker ({@code page} counted from 1), and how many there are. */
    record Choice(List<PickedImage> images, int page, int pages, long total) {}

    /** Why an upload was refused, in French, for the dialog. */
    record Refusal(String message) {}

    @GetMapping("/admin/medias/choix")
    Choice choice(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") String page) {
        Page<ImageSummary> found = library.search(q, PageRequest.of(pageIndex(page), PAGE_SIZE));
        return new Choice(
                found.map(image -> PickedImage.of(image)).getContent(),
                found.getNumber() + 1,
                found.getTotalPages(),
                found.getTotalElements());
    }

    /** 201 with the new image, 200 with the one already holding these bytes (and its own text), 422 refused. */
    @PostMapping("/admin/medias/televersement")
    ResponseEntity<Object> upload(
            @AuthenticationPrincipal BoardUser user, @Valid @ModelAttribute ImageForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return refused(messages.getMessage(errors.getAllErrors().get(0), Locale.FRANCE));
        }
        if (!form.hasFile()) {
            return refused(messages.getMessage("media.file.required", null, Locale.FRANCE));
        }
        try {
            MediaLibrary.Upload upload = library.upload(form, user.actor());
            return ResponseEntity.status(upload.alreadyPresent() ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(PickedImage.of(library.get(upload.imageId())));
        } catch (ImageRejectedException e) {
            return refused(messages.getMessage(e.messageKey(), e.arguments(), Locale.FRANCE));
        }
    }

    private static ResponseEntity<Object> refused(String message) {
        return ResponseEntity.unprocessableContent().body(new Refusal(message));
    }

    /** The zero-based index of a page number as typed in the address; anything but a plain number is the first. */
    private static int pageIndex(String page) {
        String digits = page.strip();
        if (digits.isEmpty()
                || digits.length() > MAX_PAGE_DIGITS
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        return Math.max(0, Integer.parseInt(digits) - 1);
    }
}
