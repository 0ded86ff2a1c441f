package org.icmf.membership.dues;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DueRepository extends JpaRepository<Due, Long> {

    /** The dues of some members for some years: one query for a page of the members list. */
    List<Due> findByMemberIdInAndYearIn(Collection<Long> memberIds, Collection<Integer> years);

    Optional<Due> findByReceiptNumber(String receiptNumber);

    List<Due> findByMemberIdOrderByYearDesc(long memberId);

    List<Due> findByPaymentIdIn(Collection<Long> paymentIds);

    List<Due> findByYearOrderByReceiptNumberAsc(int year);

    /** Per-year totals, newest year first, as a trigger keeps them (V59): no grouping of every due. */
    @Query(nativeQuery = true, value = """
            select year, dues, total from membership_due_year_total order by year desc""")
    List<YearTotal> totalsByYear();

    interface YearTotal {
        int getYear();

        long getDues();

        BigDecimal getTotal();
    }
}
