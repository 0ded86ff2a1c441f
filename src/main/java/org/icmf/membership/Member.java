package org.icmf.membership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.icmf.membership.application.MembershipApplication;
import org.icmf.regions.Region;

/** A member of the association, accepted from an application; their number never changes. */
@Entity
@Table(name = "membership_member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String memberNumber;

    private Long applicationId;

    private String civility;

    private String firstName;

    private String lastName;

    private String email;

    private String phone;

    private String streetAddress;

    private String postalCode;

    private String city;

    private String country;

    @Enumerated(EnumType.STRING)
    private Region region;

    private String organisation;

    private String sector;

    private String jobTitle;

    private boolean directoryOptIn;

    private boolean remindersOptOut;

    private Instant joinedAt;

    private Instant directoryChosenAt;

    @Enumerated(EnumType.STRING)
    private ConsentSource directoryChosenVia;

    private Instant remindersChosenAt;

    @Enumerated(EnumType.STRING)
    private ConsentSource remindersChosenVia;

    private boolean profilePublic;

    private Instant profileChosenAt;

    @Enumerated(EnumType.STRING)
    private ConsentSource profileChosenVia;

    private String presentation;

    private String link1;

    private String link2;

    private String link3;

    protected Member() {}

    public Member(String memberNumber, MembershipApplication application, Instant now) {
        this.memberNumber = memberNumber;
        this.applicationId = application.getId();
        this.civility = application.getCivility();
        this.firstName = application.getFirstName();
        this.lastName = application.getLastName();
        this.email = application.getEmail();
        this.phone = application.getPhone();
        this.streetAddress = application.getStreetAddress();
        this.postalCode = application.getPostalCode();
        this.city = application.getCity();
        this.country = application.getCountry();
        this.region = application.getRegion();
        this.organisation = application.getOrganisation();
        this.sector = application.getSector();
        this.jobTitle = application.getJobTitle();
        this.directoryOptIn = application.isDirectoryOptIn();
        this.joinedAt = now;
        this.directoryChosenAt = now;
        this.directoryChosenVia = ConsentSource.ADHESION;
        this.remindersChosenAt = now;
        this.remindersChosenVia = ConsentSource.ADHESION;
    }

    public Long getId() {
        return id;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public String getPhone() {
        return phone;
    }

    public String getCivility() {
        return civility;
    }

    public String getStreetAddress() {
        return streetAddress;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public Region getRegion() {
        return region;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public boolean isDirectoryOptIn() {
        return directoryOptIn;
    }

    boolean isRemindersOptOut() {
        return remindersOptOut;
    }

    /** The member's new contact details, from their space. */
    void updateContactDetails(
            String phone, String streetAddress, String postalCode, String city, String country, Region region) {
        this.phone = phone;
        this.streetAddress = streetAddress;
        this.postalCode = postalCode;
        this.city = city;
        this.country = country;
        this.region = region;
    }

    /** The member's public profile, from their space; showing it is a choice dated like the others. */
    void updateProfile(boolean visible, String jobTitle, String presentation, List<String> links, Instant now) {
        if (visible != profilePublic) {
            this.profilePublic = visible;
            this.profileChosenAt = now;
            this.profileChosenVia = ConsentSource.ESPACE_MEMBRE;
        }
        this.jobTitle = jobTitle;
        this.presentation = presentation;
        this.link1 = links.size() > 0 ? links.get(0) : null;
        this.link2 = links.size() > 1 ? links.get(1) : null;
        this.link3 = links.size() > 2 ? links.get(2) : null;
    }

    public boolean isProfilePublic() {
        return profilePublic;
    }

    Instant getProfileChosenAt() {
        return profileChosenAt;
    }

    ConsentSource getProfileChosenVia() {
        return profileChosenVia;
    }

    public String getPresentation() {
        return presentation;
    }

    /** The profile's links, in their order. */
    public List<String> getLinks() {
        return Stream.of(link1, link2, link3).filter(Objects::nonNull).toList();
    }

    /** The member stopped the reminders from the link of one. */
    public void stopReminders(Instant now) {
        choose(directoryOptIn, false, ConsentSource.LIEN_RAPPEL, now);
    }

    /**
     * The member's own choices ("Mes données", their space); a choice that changes is dated, one left as it was keeps
     * the date and source it was made with.
     */
    void choose(boolean directoryOptIn, boolean reminders, ConsentSource source, Instant now) {
        if (directoryOptIn != this.directoryOptIn) {
            this.directoryOptIn = directoryOptIn;
            this.directoryChosenAt = now;
            this.directoryChosenVia = source;
        }
        if (reminders == remindersOptOut) {
            this.remindersOptOut = !reminders;
            this.remindersChosenAt = now;
            this.remindersChosenVia = source;
        }
    }

    Instant getDirectoryChosenAt() {
        return directoryChosenAt;
    }

    ConsentSource getDirectoryChosenVia() {
        return directoryChosenVia;
    }

    Instant getRemindersChosenAt() {
        return remindersChosenAt;
    }

    ConsentSource getRemindersChosenVia() {
        return remindersChosenVia;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
