package se.lansstyrelsen.jvg.invitation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EligibleOrganisationRepository extends JpaRepository<EligibleOrganisation, Long> {

    Optional<EligibleOrganisation> findByNameIgnoreCase(String name);

    Optional<EligibleOrganisation> findByOrganisationNumber(String organisationNumber);

    Optional<EligibleOrganisation> findFirstByMunicipalityCode(String municipalityCode);

    List<EligibleOrganisation> findAllByOrderByNameAsc();
}
