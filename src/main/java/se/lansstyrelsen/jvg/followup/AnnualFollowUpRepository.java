package se.lansstyrelsen.jvg.followup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualFollowUpRepository extends JpaRepository<AnnualFollowUp, Long> {

    Optional<AnnualFollowUp> findByOrganisationIdAndYear(Long organisationId, int year);

    List<AnnualFollowUp> findByAccessionIdAndStatusOrderByYearDesc(Long accessionId, FollowUpStatus status);

    List<AnnualFollowUp> findByYearOrderById(int year);

    List<AnnualFollowUp> findAllByOrderByYearDescIdAsc();
}
