package org.icmf.media;

/** A board member removed an image from the library; its URL now answers 404. */
public record ImageDeleted(long imageId, String fileName, Long accountId, String accountName) {
}
