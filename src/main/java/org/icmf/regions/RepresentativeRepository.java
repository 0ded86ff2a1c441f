package org.icmf.regions;

import org.springframework.data.jpa.repository.JpaRepository;

interface RepresentativeRepository extends JpaRepository<Representative, Region> {

    void deleteByMemberId(long memberId);
}
