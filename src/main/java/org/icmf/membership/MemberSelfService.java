package org.icmf.membership;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icmf.membership.application.MembershipApplications;
import org.icmf.membership.dues.Dues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
