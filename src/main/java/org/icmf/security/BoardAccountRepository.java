package org.icmf.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BoardAccountRepository extends JpaRepository<BoardAccount, Long> {

    Optional<BoardAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    List<BoardAccount> findAllByOrderByDisplayNameAscIdAsc();

    /** Active accounts holding a role, or ADMIN (which includes every role). */
    @Query("""
            select distinct a.email from BoardAccount a join a.roles r
            where a.active = true and (r = :role or r = org.icmf.security.Role.ADMIN) order by a.email""")
    List<String> findActiveEmailsWithRole(@Param("role") Role role);
}
