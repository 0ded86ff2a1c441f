package org.icmf.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.application.PhoneNumbers;
import org.icmf.membership.dues.Dues;
import org.icmf.regions.Region;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A member's own membership, as the members' space ({@code org.icmf.members}) shows and changes it: who they are,
 * where their dues stand and their receipts. Members are found by their id once signed in, so that an erased
 * member is nobody any more.
 */
@Service
@Transactional(readOnly = true)
public class MemberSelfService {

    /** Who a member is, as a session holds it. */
    public record MemberIdentity(long id, String email, String firstName, String lastName) {}

    /**
     * Where a member's dues stand.
     *
     * @param paidThrough the latest year paid for, null when none was
     * @param dues        every year paid for, the latest first
     */
    public record MembershipStatus(String memberNumber, int currentYear, Integer paidThrough, List<PaidDue> dues) {

        /** Paid for this year (or already for the next one). */
        public boolean upToDate() {
            return paidThrough != null && paidThrough >= currentYear;
        }
    }

    /** A choice and when and where it was made (a date unknown for a stop asked before dates were kept). */
    public record Consent(boolean chosen, Instant chosenAt, ConsentSource source) {}

    /** The member's choices: to appear in the public directory, to be reminded to renew. */
    public record MembershipChoices(Consent directory, Consent reminders) {}

    private final MemberRepository members;
    private final Dues dues;
    private final MembershipApplications applications;
    private final Clock clock;

    MemberSelfService(MemberRepository members, Dues dues, MembershipApplications applications, Clock clock) {
        this.members = members;
        this.dues = dues;
        this.applications = applications;
        this.clock = clock;
    }

    /** The member with this address (compared without case), if any. */
    public Optional<MemberIdentity> findByEmail(String email) {
        return members.findByEmail(email.strip().toLowerCase(Locale.ROOT)).map(MemberSelfService::identity);
    }

    /** The member with this id, while they are one. */
    public Optional<MemberIdentity> find(long memberId) {
        return members.findById(memberId).map(MemberSelfService::identity);
    }

    public MembershipStatus status(long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        List<PaidDue> paid = dues.paidBy(memberId);
        return new MembershipStatus(
                member.getMemberNumber(),
                Year.now(clock).getValue(),
                paid.isEmpty() ? null : paid.get(0).year(),
                paid);
    }

    /** The receipt of one of the member's own dues as a PDF; another's is not found. */
    public byte[] receiptPdf(long memberId, String receiptNumber) {
        return dues.ownReceiptPdf(memberId, receiptNumber);
    }

    public MembershipChoices choices(long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        return new MembershipChoices(
                new Consent(member.isDirectoryOptIn(), member.getDirectoryChosenAt(), member.getDirectoryChosenVia()),
                new Consent(
                        !member.isRemindersOptOut(), member.getRemindersChosenAt(), member.getRemindersChosenVia()));
    }

    /** Records the choices the member made in their space, each changed one dated now. */
    @Transactional
    public void choose(long memberId, boolean directory, boolean reminders) {
        members.findById(memberId)
                .orElseThrow()
                .choose(directory, reminders, ConsentSource.ESPACE_MEMBRE, clock.instant());
    }

    /** The member's contact details, as their form shows them first. */
    public ContactDetailsForm contactDetails(long memberId) {
        return ContactDetailsForm.of(members.findById(memberId).orElseThrow());
    }

    /**
     * Records the contact details typed, unless {@code errors} (the form's annotations) or this method's checks (a
     * region of the list, a French postal code in France, a phone number that is one) find mistakes, each put next
     * to its field; returns whether they were recorded.
     */
    @Transactional
    public boolean updateContactDetails(long memberId, ContactDetailsForm form, Errors errors) {
        Optional<Region> region = form.knownRegion();
        if (!errors.hasFieldErrors("region") && region.isEmpty()) {
            errors.rejectValue("region", "membership.region.required");
        }
        if (!errors.hasFieldErrors("postalCode")
                && region.filter(known -> known != Region.ABROAD).isPresent()
                && !form.postalCode().strip().matches("\\d{5}")) {
            errors.rejectValue("postalCode", "membership.postalCode.french");
        }
        String phone = null;
        if (form.phone() != null && !form.phone().isBlank() && !errors.hasFieldErrors("phone")) {
            phone = PhoneNumbers.international(form.phone(), region.orElse(null))
                    .orElse(null);
            if (phone == null) {
                errors.rejectValue("phone", "membership.phone.invalid");
            }
        }
        if (errors.hasErrors()) {
            return false;
        }
        members.findById(memberId)
                .orElseThrow()
                .updateContactDetails(
                        phone,
                        form.streetAddress().strip(),
                        form.postalCode().strip(),
                        form.city().strip(),
                        form.country().strip(),
                        region.orElseThrow());
        return true;
    }

    /** The member's public profile, as their form shows it first. */
    public PublicProfileForm profile(long memberId) {
        return PublicProfileForm.of(members.findById(memberId).orElseThrow());
    }

    /** When and where the member chose to show their profile (or not), null date when never. */
    public Consent profileChoice(long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        return new Consent(member.isProfilePublic(), member.getProfileChosenAt(), member.getProfileChosenVia());
    }

    /**
     * Records the public profile typed unless {@code errors} (the form's bounds) or a link that is no http or https
     * address put a mistake next to its field; returns whether it was recorded.
     */
    @Transactional
    public boolean updateProfile(long memberId, PublicProfileForm form, Errors errors) {
        List<String> links = new ArrayList<>();
        for (String[] link : form.typedLinks()) {
            if (errors.hasFieldErrors(link[0])) {
                continue;
            }
            if (PublicProfileForm.webAddress(link[1])) {
                links.add(link[1]);
            } else {
                errors.rejectValue(link[0], "members.profile.link.invalid");
            }
        }
        if (errors.hasErrors()) {
            return false;
        }
        members.findById(memberId)
                .orElseThrow()
                .updateProfile(
                        Boolean.TRUE.equals(form.visible()),
                        blankToNull(form.jobTitle()),
                        blankToNull(form.presentation()),
                        links,
                        clock.instant());
        return true;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static String receiptFileName(String receiptNumber) {
        return Dues.fileName(receiptNumber);
    }

    /** How to pay the next dues, as the adhesion page says it. */
    public ChequeInstructions howToPay() {
        return applications.chequeInstructions();
    }

    private static MemberIdentity identity(Member member) {
        return new MemberIdentity(member.getId(), member.getEmail(), member.getFirstName(), member.getLastName());
    }
}
