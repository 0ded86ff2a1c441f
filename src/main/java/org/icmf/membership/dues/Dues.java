package org.icmf.membership.dues;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icmf.mail.MailAttachment;
import org.icmf.mail.MailOutbox;
import org.icmf.membership.Member;
import org.icmf.membership.MemberRepository;
import org.icmf.membership.MembershipProperties;
import org.icmf.membership.PaidDue;
import org.icmf.web.Actor;
import org.icmf.web.Csv;
import org.icmf.web.Labelled;
import org.icmf.web.NotFoundException;
import org.icmf.web.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dues: the treasurer records cheques, each paying the dues of one or more members for a civil year (the year
 * the cheque arrived, unless said otherwise). A member is up to date for a year once its dues are recorded.
 */
@Service
@Transactional
public class Dues {

    private final PaymentRepository payments;
    private final DueRepository dues;
    private final MemberRepository members;
    private final JdbcClient jdbc;
    private final MailOutbox mail;
    private final DuesReceipts receipts;
    private final ApplicationEventPublisher events;
    private final MembershipProperties properties;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    Dues(
            PaymentRepository payments,
            DueRepository dues,
            MemberRepository members,
            JdbcClient jdbc,
            MailOutbox mail,
            DuesReceipts receipts,
            ApplicationEventPublisher events,
            MembershipProperties properties,
            MessageSourceAccessor messages,
            Clock clock) {
        this.payments = payments;
        this.dues = dues;
        this.members = members;
        this.jdbc = jdbc;
        this.mail = mail;
        this.receipts = receipts;
        this.events = events;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /** From which day of the year a cheque pays, unless said otherwise, for the next year; empty: never. */
    public Optional<MonthDay> nextYearDuesFrom() {
        return Optional.ofNullable(properties.nextYearDuesFrom());
    }

    /**
     * Records a cheque and the dues it pays; each member is told by e-mail.
     *
     * @return the receipt numbers, one per member
     * @throws UnknownMembersException   when a number is nobody's
     * @throws AlreadyPaidException      when a member's dues for that year are already recorded
     */
    public List<String> record(PaymentForm form, Actor actor) {
        Set<String> numbers = form.numbers();
        Map<String, Member> found = members.findByMemberNumberIn(numbers).stream()
                .collect(Collectors.toMap(Member::getMemberNumber, Function.identity()));
        List<String> unknown =
                numbers.stream().filter(number -> !found.containsKey(number)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownMembersException(String.join(", ", unknown));
        }
        int year = form.coveredYear(properties.nextYearDuesFrom());
        List<Member> paidFor = numbers.stream().map(found::get).toList();
        List<String> alreadyPaid =
                dues
                        .findByMemberIdInAndYearIn(
                                paidFor.stream().map(Member::getId).toList(), List.of(year))
                        .stream()
                        .map(due -> found.values().stream()
                                .filter(member -> member.getId().equals(due.getMemberId()))
                                .findFirst()
                                .orElseThrow()
                                .getMemberNumber())
                        .toList();
        if (!alreadyPaid.isEmpty()) {
            throw new AlreadyPaidException(year, String.join(", ", alreadyPaid));
        }
        Instant now = clock.instant();
        BigDecimal each = form.amount();
        Payment payment = payments.save(new Payment(
                each.multiply(BigDecimal.valueOf(paidFor.size())),
                form.chequeNumber().strip(),
                form.bank().strip(),
                form.payer(),
                form.receivedDate(),
                actor.name(),
                now));
        List<String> receiptNumbers = new ArrayList<>();
        for (Member member : paidFor) {
            String receipt = YearlyNumbers.next(jdbc, "RECEIPT", year);
            try {
                dues.saveAndFlush(new Due(receipt, payment.getId(), member.getId(), year, each));
            } catch (DataIntegrityViolationException e) {
                // The same dues recorded at the same moment by another request.
                throw new AlreadyPaidException(year, member.getMemberNumber());
            }
            receiptNumbers.add(receipt);
            Map<String, Object> model = new HashMap<>();
            model.put("firstName", member.getFirstName());
            model.put("year", year);
            model.put("amount", each.stripTrailingZeros().toPlainString().replace('.', ','));
            model.put("receipt", receipt);
            model.put("memberNumber", member.getMemberNumber());
            byte[] pdf = receipts.pdf(receipt(receipt, member, payment, year, each, actor.name()));
            mail.queue(
                    member.getEmail(),
                    "membership/dues-received",
                    model,
                    List.of(new MailAttachment(fileName(receipt), "application/pdf", pdf)));
        }
        events.publishEvent(new PaymentRecorded(
                payment.getId(),
                messages.getMessage(
                        "dues.payment.label",
                        new Object[] {payment.getChequeNumber(), String.join(", ", numbers), String.valueOf(year)}),
                actor,
                now));
        return receiptNumbers;
    }

    /** A receipt again, as a PDF the treasurer downloads; signed by whoever downloads it, dated today. */
    @Transactional(readOnly = true)
    public byte[] receiptPdf(String receiptNumber, Actor treasurer) {
        Due due = dues.findByReceiptNumber(receiptNumber)
                .filter(found -> found.getMemberId() != null)
                .orElseThrow(() -> new NotFoundException("receipt " + receiptNumber));
        return receiptPdf(due, payment -> treasurer.name());
    }

    /**
     * A receipt of a member's own dues, as they download it from their space: signed by the treasurer who recorded
     * the cheque, dated today. Another member's receipt is not found.
     */
    @Transactional(readOnly = true)
    public byte[] ownReceiptPdf(long memberId, String receiptNumber) {
        Due due = dues.findByReceiptNumber(receiptNumber)
                .filter(found -> found.getMemberId() != null && found.getMemberId() == memberId)
                .orElseThrow(() -> new NotFoundException("receipt " + receiptNumber));
        return receiptPdf(due, Payment::getRecordedByName);
    }

    private byte[] receiptPdf(Due due, Function<Payment, String> signer) {
        Member member = members.findById(due.getMemberId()).orElseThrow();
        Payment payment = payments.findById(due.getPaymentId()).orElseThrow();
        return receipts.pdf(receipt(
                due.getReceiptNumber(), member, payment, due.getYear(), due.getAmount(), signer.apply(payment)));
    }

    /** A member's dues, the latest year first. */
    @Transactional(readOnly = true)
    public List<PaidDue> paidBy(long memberId) {
        List<Due> found = dues.findByMemberIdOrderByYearDesc(memberId);
        Map<Long, Payment> paymentsById = payments
                .findAllById(found.stream().map(Due::getPaymentId).toList())
                .stream()
                .collect(Collectors.toMap(Payment::getId, Function.identity()));
        return found.stream()
                .map(due -> new PaidDue(
                        due.getYear(),
                        due.getAmount(),
                        due.getReceiptNumber(),
                        paymentsById.get(due.getPaymentId()).getReceivedOn()))
                .toList();
    }

    public static String fileName(String receiptNumber) {
        return "attestation-cotisation-" + receiptNumber + ".pdf";
    }

    private DuesReceipt receipt(
            String number, Member member, Payment payment, int year, BigDecimal amount, String treasurer) {
        return new DuesReceipt(
                number,
                member.getMemberNumber(),
                member.getCivility(),
                member.getFirstName(),
                member.getLastName(),
                member.getStreetAddress(),
                member.getPostalCode(),
                member.getCity(),
                member.getCountry(),
                amount,
                year,
                payment.getReceivedOn(),
                messages.getMessage(
                        "dues.receipt.paymentMethod", new Object[] {payment.getChequeNumber(), payment.getBank()}),
                payment.getPayerName(),
                LocalDate.now(clock),
                treasurer);
    }

    public record PaymentRow(
            long id,
            LocalDate receivedOn,
            String chequeNumber,
            String bank,
            String payerName,
            BigDecimal amount,
            List<String> receipts,
            String recordedBy) {}

    @Transactional(readOnly = true)
    public Slice<PaymentRow> payments(Pageable page) {
        Slice<Payment> found = Paging.existing(payments.findAllByOrderByReceivedOnDescIdDesc(page));
        Map<Long, List<String>> receipts =
                dues
                        .findByPaymentIdIn(
                                found.getContent().stream().map(Payment::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                Due::getPaymentId, Collectors.mapping(Due::getReceiptNumber, Collectors.toList())));
        return found.map(payment -> new PaymentRow(
                payment.getId(),
                payment.getReceivedOn(),
                payment.getChequeNumber(),
                payment.getBank(),
                payment.getPayerName(),
                payment.getAmount(),
                receipts.getOrDefault(payment.getId(), List.of()),
                payment.getRecordedByName()));
    }

    /** The dues of a year with their cheques, as CSV for a French spreadsheet. */
    @Transactional(readOnly = true)
    public String duesCsv(int year) {
        List<Due> found = dues.findByYearOrderByReceiptNumberAsc(year);
        Map<Long, Member> byId =
                members
                        .findAllById(found.stream()
                                .map(Due::getMemberId)
                                .filter(Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Member::getId, Function.identity()));
        Map<Long, Payment> paymentsById = payments
                .findAllById(found.stream().map(Due::getPaymentId).toList())
                .stream()
                .collect(Collectors.toMap(Payment::getId, Function.identity()));
        Csv csv = Csv.headed(messages.getMessage("dues.csv.header"));
        for (Due due : found) {
            Member member = byId.get(due.getMemberId());
            Payment payment = paymentsById.get(due.getPaymentId());
            csv.row(
                    due.getReceiptNumber(),
                    Integer.toString(due.getYear()),
                    member == null ? messages.getMessage("dues.csv.erasedMember") : member.getMemberNumber(),
                    member == null ? "" : member.getFirstName(),
                    member == null ? "" : member.getLastName(),
                    due.getAmount().toPlainString().replace('.', ','),
                    payment.getChequeNumber(),
                    payment.getBank(),
                    payment.getPayerName(),
                    payment.getReceivedOn().toString());
        }
        return csv.toString();
    }

    public record YearTotal(int year, long dues, BigDecimal total) {}

    @Transactional(readOnly = true)
    public List<YearTotal> totals() {
        return dues.totalsByYear().stream()
                .map(total -> new YearTotal(total.getYear(), total.getDues(), total.getTotal()))
                .toList();
    }

    /** Where a member stands this year: up to date, late (paid last year, not yet this year), or not paid (neither). */
    public enum Standing implements Labelled {
        UP_TO_DATE,
        LATE,
        NEVER_PAID;

        @Override
        public String labelKey() {
            return "dues.standing." + name();
        }
    }

    /** The standing of some members in the current civil year, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, Standing> standings(List<Long> memberIds) {
        int year = Year.now(clock).getValue();
        Map<Long, Set<Integer>> paid = dues.findByMemberIdInAndYearIn(memberIds, List.of(year, year - 1)).stream()
                .collect(Collectors.groupingBy(Due::getMemberId, Collectors.mapping(Due::getYear, Collectors.toSet())));
        Map<Long, Standing> standings = new HashMap<>();
        for (Long id : memberIds) {
            Set<Integer> years = paid.getOrDefault(id, Set.of());
            standings.put(
                    id,
                    years.contains(year)
                            ? Standing.UP_TO_DATE
                            : years.contains(year - 1) ? Standing.LATE : Standing.NEVER_PAID);
        }
        return standings;
    }

    /** Some of the member numbers typed are nobody's. */
    public static class UnknownMembersException extends RuntimeException {

        private final String numbers;

        UnknownMembersException(String numbers) {
            this.numbers = numbers;
        }

        public String numbers() {
            return numbers;
        }
    }

    /** Some members' dues for that year are already recorded. */
    public static class AlreadyPaidException extends RuntimeException {

        private final int year;
        private final String numbers;

        AlreadyPaidException(int year, String numbers) {
            this.year = year;
            this.numbers = numbers;
        }

        public int year() {
            return year;
        }

        public String numbers() {
            return numbers;
        }
    }
}
