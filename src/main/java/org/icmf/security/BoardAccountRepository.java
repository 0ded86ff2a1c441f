package org.icmf.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardAccountRepository extends JpaRepository<BoardAccount, Long> {

    Optional<BoardAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    List<BoardAccount> findAllByOrderByDisplayNameAscIdAsc();
}
