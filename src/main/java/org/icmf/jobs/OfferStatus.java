package org.icmf.jobs;

/** Where an offer stands; only {@link #PUBLISHED} offers whose deadline has not passed are shown to readers. */
enum OfferStatus {
    /** posted by a visitor, waiting for its address to be confirmed from the mail */
    UNCONFIRMED,
    /** waiting for the board's moderation */
    PENDING,
    PUBLISHED,
    REJECTED,
    /** closed by its poster (filled, withdrawn) or by the board */
    CLOSED,
    /** its deadline passed */
    EXPIRED
}
