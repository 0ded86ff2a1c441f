package org.icmf.events;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An event. Its description's sanitised HTML is derived from the Markdown when saved. {@code capacity} null
 * means unlimited; registration closes at {@code registrationDeadline}, or at the start when there is none.
 */
@Entity
@Table(name = "event")
class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    @Enumerated(EnumType.STRING)
    private EventCategory category;

    private String descriptionMarkdown;

    private String descriptionHtml;

    private Instant startsAt;

    private Instant endsAt;

    private String venueName;

    private String streetAddress;

    private String postalCode;

    private String city;

    private String country;

    private String accessNotes;

    private String onlineUrl;

    private String organiser;

    private String price;

    private Integer capacity;

    private int maxCompanions;

    private Instant registrationDeadline;

    private boolean cancelled;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Event() {}

    Event(Instant createdAt) {
        this.createdAt = createdAt;
    }

    void write(EventDetails details, String slug, String descriptionHtml, Instant now) {
        this.slug = slug;
        this.title = details.title();
        this.category = details.category();
        this.descriptionMarkdown = details.descriptionMarkdown();
        this.descriptionHtml = descriptionHtml;
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.venueName = details.venueName();
        this.streetAddress = details.streetAddress();
        this.postalCode = details.postalCode();
        this.city = details.city();
        this.country = details.country();
        this.accessNotes = details.accessNotes();
        this.onlineUrl = details.onlineUrl();
        this.organiser = details.organiser();
        this.price = details.price();
        this.capacity = details.capacity();
        this.maxCompanions = details.maxCompanions();
        this.registrationDeadline = details.registrationDeadline();
        this.updatedAt = now;
    }

    void cancel(Instant now) {
        this.cancelled = true;
        this.updatedAt = now;
    }

    /** What the event is, as its form and its copies need it. */
    EventDetails details() {
        return new EventDetails(
                title,
                category,
                descriptionMarkdown,
                startsAt,
                endsAt,
                venueName,
                streetAddress,
                postalCode,
                city,
                country,
                accessNotes,
                onlineUrl,
                organiser,
                price,
                capacity,
                maxCompanions,
                registrationDeadline);
    }

    /** When registration closes: the deadline when there is one, the start otherwise. */
    Instant registrationClosesAt() {
        return registrationDeadline != null && registrationDeadline.isBefore(startsAt)
                ? registrationDeadline
                : startsAt;
    }

    boolean isOpenForRegistration(Instant now) {
        return !cancelled && now.isBefore(registrationClosesAt());
    }

    Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getTitle() {
        return title;
    }

    EventCategory getCategory() {
        return category;
    }

    String getDescriptionHtml() {
        return descriptionHtml;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    String getVenueName() {
        return venueName;
    }

    String getStreetAddress() {
        return streetAddress;
    }

    String getPostalCode() {
        return postalCode;
    }

    String getCity() {
        return city;
    }

    String getCountry() {
        return country;
    }

    String getAccessNotes() {
        return accessNotes;
    }

    String getOnlineUrl() {
        return onlineUrl;
    }

    String getOrganiser() {
        return organiser;
    }

    String getPrice() {
        return price;
    }

    Integer getCapacity() {
        return capacity;
    }

    int getMaxCompanions() {
        return maxCompanions;
    }

    boolean isCancelled() {
        return cancelled;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
