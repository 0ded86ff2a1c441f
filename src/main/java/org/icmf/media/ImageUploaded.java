package org.icmf.media;

/** A board member added an image to the library (not published when the same bytes were already there). */
public record ImageUploaded(long imageId, String fileName, Long accountId, String accountName) {
}
