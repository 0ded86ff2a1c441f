package org.icmf.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icmf.web.Actor;
import org.icmf.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The board's image library: upload (checked by content, see {@link ImageInspector}), list, describe,
 * delete, and the bytes behind the public URLs {@code /media/{key}.{ext}}.
 *
 * <p>Images are stored <strong>in PostgreSQL</strong> ({@code bytea}), not on disk: they survive restarts and
 * redeployments of the app, several app instances share them with no shared file system, and they are in the
 * same backups and the same transactions as the posts that show them (no orphan file, no missing file after a
 * restore). At a few MB an image and a few hundred images for an association's site, the database carries this
 * easily; the URLs are content-addressed and cached by browsers for a year, so each image is read rarely.
 *
 * <p>An image is named by its SHA-256: uploading the same bytes again finds the existing image, and its URL
 * (the first {@value #KEY_LENGTH} hex characters of the hash) always means the same bytes.
 * Uploads and deletions publish {@link ImageChanged}.
 */
@Service
@Transactional
public class MediaLibrary {

    /** Hex characters of the SHA-256 in a public URL: 64 bits, unique in the table (see V10 migration). */
    public static final int KEY_LENGTH = 16;

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{" + KEY_LENGTH + "}");

    /** A public image address: {@code /media/{key}.{extension}}. */
    private static final Pattern URL = Pattern.compile("/media/([0-9a-f]{" + KEY_LENGTH + "})\\.([a-z]{3,4})");

    private static final int MAX_FILE_NAME_LENGTH = 255;

    /** Longest search of the picker: longer than any text alternative is useless. */
    public static final int MAX_QUERY_LENGTH = 250;

    private static final Pattern LIKE_WILDCARD = Pattern.compile("[\\\\%_]");

    private final ImageStore store;
    private final MediaProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MediaLibrary(ImageStore store, MediaProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** What an upload did: the image, and whether it was already in the library (same bytes). */
    public record Upload(long imageId, boolean alreadyPresent) {}

    /** The image of an upload form (the media page's, or the editor's pasted one), with its text alternative. */
    public Upload upload(ImageForm form, Actor uploader) {
        return upload(form.file(), form.file().getSize(), form.file().getOriginalFilename(), form.altText(), uploader);
    }

    /**
     * Adds an image to the library, or finds the one with the same bytes.
     *
     * @param content     the uploaded file, read once
     * @param size        its size in bytes as announced, checked against {@code icmf.media.max-size} before reading
     * @param fileName    the name it had on the uploader's computer, kept for the list only
     * @param uploader    who uploads it, as the list and the audit log show
     * @throws ImageRejectedException when it is too heavy, not an accepted image, or an unsafe SVG
     */
    public Upload upload(InputStreamSource content, long size, String fileName, String altText, Actor uploader) {
        long maxSize = properties.maxSize().toBytes();
        if (size > maxSize) {
            throw new ImageRejectedException("media.file.tooHeavy", sizeText(size), sizeText(maxSize));
        }
        byte[] bytes = read(content, maxSize);
        if (bytes.length == 0) {
            throw new ImageRejectedException("media.file.required");
        }
        if (bytes.length > maxSize) {
            throw new ImageRejectedException("media.file.tooHeavy", sizeText(bytes.length), sizeText(maxSize));
        }
        ImageInspector.Inspection inspection = ImageInspector.inspect(bytes);
        String sha256 = sha256(bytes);
        String name = fileName(fileName, inspection.type());
        Optional<Long> inserted = store.insertUnlessPresent(new ImageStore.NewImage(
                sha256,
                inspection.type(),
                name,
                altText.strip(),
                inspection.width(),
                inspection.height(),
                bytes,
                clock.instant(),
                uploader.accountId(),
                uploader.name()));
        if (inserted.isEmpty()) {
            return new Upload(store.idBySha256(sha256).orElseThrow(), true);
        }
        events.publishEvent(new ImageChanged(inserted.get(), name, ImageAction.UPLOADED, uploader, clock.instant()));
        return new Upload(inserted.get(), false);
    }

    /** The admin list, newest first. */
    @Transactional(readOnly = true)
    public Page<ImageSummary> list(Pageable page) {
        return PageableExecutionUtils.getPage(store.page(page.getPageSize(), page.getOffset()), page, store::count);
    }

    /**
     * The editor's picker: newest first, the images whose text alternative or file name contains {@code query}
     * (any case; blank for all). The query is cut to {@value #MAX_QUERY_LENGTH} characters and its LIKE wildcards
     * taken literally.
     */
    @Transactional(readOnly = true)
    public Page<ImageSummary> search(String query, Pageable page) {
        String words = query == null ? "" : query.strip();
        if (words.isEmpty()) {
            return list(page);
        }
        if (words.length() > MAX_QUERY_LENGTH) {
            words = words.substring(0, MAX_QUERY_LENGTH);
        }
        String pattern = "%" + LIKE_WILDCARD.matcher(words).replaceAll("\\\\$0") + "%";
        return PageableExecutionUtils.getPage(
                store.search(pattern, page.getPageSize(), page.getOffset()), page, () -> store.countMatching(pattern));
    }

    /** @throws NotFoundException when there is no such image */
    @Transactional(readOnly = true)
    public ImageSummary get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("image " + id));
    }

    /** The public URL of an image, e.g. for another module showing it; empty when it does not exist. */
    @Transactional(readOnly = true)
    public Optional<String> url(long id) {
        return store.find(id).map(ImageSummary::url);
    }

    public void describe(long id, String altText, Actor editor) {
        ImageSummary image = get(id);
        store.updateAltText(id, altText.strip());
        events.publishEvent(new ImageChanged(id, image.fileName(), ImageAction.UPDATED, editor, clock.instant()));
    }

    /** @throws NotFoundException when there is no such image (already deleted, or a forged id) */
    public void delete(long id, Actor editor) {
        ImageSummary image = get(id);
        store.delete(id);
        events.publishEvent(new ImageChanged(id, image.fileName(), ImageAction.DELETED, editor, clock.instant()));
    }

    /** The image a public URL names: its key and extension must both match. */
    @Transactional(readOnly = true)
    public Optional<ImageSummary> findPublic(String key, String extension) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return store.findByKey(key).filter(image -> image.type().extension().equals(extension));
    }

    /** The image at a public address such as {@code /media/0123456789abcdef.png}, for another module using it. */
    @Transactional(readOnly = true)
    public Optional<ImageSummary> findByUrl(String url) {
        Matcher parts = URL.matcher(url == null ? "" : url);
        return parts.matches() ? findPublic(parts.group(1), parts.group(2)) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public byte[] bytes(long id) {
        return store.data(id);
    }

    /** The largest file accepted, as the upload form states it: "5 Mo". */
    public String maxSizeText() {
        return sizeText(properties.maxSize().toBytes());
    }

    static String url(String key, ImageType type) {
        return "/media/" + key + "." + type.extension();
    }

    /** "5 Mo", "6,2 Mo", "12,3 Ko": sizes as the board reads them (1 Ko = 1024 octets). */
    static String sizeText(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRENCH);
        format.setMaximumFractionDigits(1);
        return bytes >= 1024 * 1024
                ? format.format(bytes / (1024.0 * 1024.0)) + " Mo"
                : format.format(bytes / 1024.0) + " Ko";
    }

    private static byte[] read(InputStreamSource content, long maxSize) {
        try (InputStream input = content.getInputStream()) {
            // One byte more than allowed tells a file larger than it announced.
            return input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last part of the name (some browsers send a path), without control characters, never blank. */
    private static String fileName(String original, ImageType type) {
        String name = original == null
                ? ""
                : original.replaceAll(".*[/\\\\]", "")
                        .replaceAll("\\p{Cntrl}", "")
                        .strip();
        if (!StringUtils.hasText(name)) {
            name = "image." + type.extension();
        }
        return name.length() > MAX_FILE_NAME_LENGTH ? name.substring(0, MAX_FILE_NAME_LENGTH) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
