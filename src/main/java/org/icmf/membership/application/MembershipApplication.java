package org.icmf.membership.application;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.icmf.regions.Region;

/** Someone's application for membership, from the form to the board's decision. */
@Entity
@Table(name = "membership_application")
public class MembershipApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

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

    private Integer yearsOfPractice;

    private String heardFrom;

    private String motivation;

    private boolean volunteerRegional;

    private String volunteerRoles;

    private BigDecimal feeAmount;

    private boolean directoryOptIn;

    private Instant consentedAt;

    private Instant createdAt;

    private String confirmTokenHash;

    private Instant confirmExpiresAt;

    private Instant confirmedAt;

    private Instant decidedAt;

    private String decidedByName;

    private String decisionMessage;

    protected MembershipApplication() {}

    MembershipApplication(
            String reference, Applicant applicant, String confirmTokenHash, Instant confirmExpiresAt, Instant now) {
        this.reference = reference;
        this.status = ApplicationStatus.UNCONFIRMED;
        this.civility = applicant.civility();
        this.firstName = applicant.firstName();
        this.lastName = applicant.lastName();
        this.email = applicant.email();
        this.phone = applicant.phone();
        this.streetAddress = applicant.streetAddress();
        this.postalCode = applicant.postalCode();
        this.city = applicant.city();
        this.country = applicant.country();
        this.region = applicant.region();
        this.organisation = applicant.organisation();
        this.sector = applicant.sector();
        this.jobTitle = applicant.jobTitle();
        this.yearsOfPractice = applicant.yearsOfPractice();
        this.heardFrom = applicant.heardFrom();
        this.motivation = applicant.motivation();
        this.volunteerRegional = applicant.volunteerRegional();
        this.volunteerRoles =
                applicant.volunteerRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.feeAmount = applicant.feeAmount();
        this.directoryOptIn = applicant.directoryOptIn();
        this.consentedAt = now;
        this.createdAt = now;
        this.confirmTokenHash = confirmTokenHash;
        this.confirmExpiresAt = confirmExpiresAt;
    }

    /** The applicant clicked the link: the application goes to the board, and the link is spent. */
    /** A new confirmation link replaces the previous one, which stops working. */
    void renewConfirmToken(String confirmTokenHash, Instant confirmExpiresAt) {
        this.confirmTokenHash = confirmTokenHash;
        this.confirmExpiresAt = confirmExpiresAt;
    }

    void confirm(Instant now) {
        this.status = ApplicationStatus.PENDING;
        this.confirmedAt = now;
        this.confirmTokenHash = null;
        this.confirmExpiresAt = null;
    }

    /** The board's decision (accepted, rejected) or question (info requested), with its message to the applicant. */
    void decide(ApplicationStatus decision, String message, String byName, Instant now) {
        this.status = decision;
        this.decisionMessage = message;
        this.decidedByName = byName;
        this.decidedAt = now;
    }

    /** Whether the board can decide now: the e-mail is confirmed and no decision is final yet. */
    boolean awaitsDecision() {
        return status == ApplicationStatus.PENDING || status == ApplicationStatus.INFO_REQUESTED;
    }

    public String getCivility() {
        return civility;
    }

    public String getPhone() {
        return phone;
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

    public String getOrganisation() {
        return organisation;
    }

    public String getSector() {
        return sector;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    Integer getYearsOfPractice() {
        return yearsOfPractice;
    }

    String getHeardFrom() {
        return heardFrom;
    }

    String getMotivation() {
        return motivation;
    }

    public boolean isDirectoryOptIn() {
        return directoryOptIn;
    }

    Instant getConfirmedAt() {
        return confirmedAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecidedByName() {
        return decidedByName;
    }

    String getDecisionMessage() {
        return decisionMessage;
    }

    public Long getId() {
        return id;
    }

    String getReference() {
        return reference;
    }

    ApplicationStatus getStatus() {
        return status;
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

    BigDecimal getFeeAmount() {
        return feeAmount;
    }

    Set<VolunteerRole> getVolunteerRoles() {
        return volunteerRoles.isEmpty()
                ? EnumSet.noneOf(VolunteerRole.class)
                : Arrays.stream(volunteerRoles.split(","))
                        .map(VolunteerRole::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(VolunteerRole.class)));
    }

    boolean isVolunteerRegional() {
        return volunteerRegional;
    }

    Instant confirmExpiresAt() {
        return confirmExpiresAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
