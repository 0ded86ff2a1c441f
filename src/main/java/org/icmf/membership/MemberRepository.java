package org.icmf.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.icmf.membership.dues.Dues;
import org.icmf.regions.Region;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberRepository extends JpaRepository<Member, Long> {

    boolean existsByEmailIgnoreCase(String email);

    /** Walks the unique index on lower(email). */
    @Query("select m from Member m where lower(m.email) = lower(:email)")
    Optional<Member> findByEmail(@Param("email") String email);

    List<Member> findByMemberNumberIn(Collection<String> numbers);

    /**
     * Members by name, without counting them (100,000 at generated size); {@code search} (a lower-case {@link org.icmf.web.LikePatterns} pattern, or empty for all)
     * matches a name, an e-mail or a member number;
     * {@code standing} (a {@link Dues.Standing} name, or empty for all) keeps those in that standing in {@code year}.
     */
    @Query("select m from Member m where " + MATCHING + " order by m.lastName, m.firstName, m.id")
    Slice<Member> search(
            @Param("search") String search,
            @Param("standing") String standing,
            @Param("year") int year,
            Pageable pageable);

    String MATCHING = """
            (:search = '' or lower(m.lastName) like :search escape '\\'
               or lower(m.firstName) like :search escape '\\'
               or lower(m.email) like :search escape '\\' or m.memberNumber like :search escape '\\')
            and (:standing = ''
               or (:standing = 'UP_TO_DATE' and exists (select d from Due d where d.memberId = m.id and d.year = :year))
               or (:standing = 'LATE' and not exists (select d from Due d where d.memberId = m.id and d.year = :year)
                   and exists (select d from Due d where d.memberId = m.id and d.year = :year - 1))
               or (:standing = 'NEVER_PAID' and not exists (select d from Due d where d.memberId = m.id
                   and d.year in (:year, :year - 1))))""";

    /**
     * The public directory: members who chose to appear in it and whose dues for {@code year} are recorded,
     * by name; {@code anyRegion} true lists every region. Not counted: counting them joins every opted-in member
     * with every due of the year (19 ms at generated size, where a page reads 1 ms).
     */
    @Query("""
            select m from Member m where m.directoryOptIn = true
              and (:anyRegion = true or m.region = :region)
              and exists (select d from Due d where d.memberId = m.id and d.year = :year)
            order by m.lastName, m.firstName, m.id""")
    Slice<Member> directory(
            @Param("year") int year,
            @Param("anyRegion") boolean anyRegion,
            @Param("region") Region region,
            Pageable pageable);

    /** Members who paid for {@code year - 1}, not for {@code year}, accept reminders and got none this year. */
    @Query("""
            select m from Member m where m.remindersOptOut = false
              and exists (select d from Due d where d.memberId = m.id and d.year = :year - 1)
              and not exists (select d from Due d where d.memberId = m.id and d.year = :year)
              and not exists (select r from RenewalReminder r where r.memberId = m.id and r.year = :year)
            order by m.id""")
    List<Member> toRemind(@Param("year") int year);

    /** Members who volunteered, on their application, to represent their region. */
    @Query("""
            select m from Member m, MembershipApplication a
            where a.id = m.applicationId and a.volunteerRegional = true
            order by m.region, m.lastName, m.firstName""")
    List<Member> regionalVolunteers();
}
