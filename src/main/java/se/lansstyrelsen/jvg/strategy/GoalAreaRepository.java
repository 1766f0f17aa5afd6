package se.lansstyrelsen.jvg.strategy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalAreaRepository extends JpaRepository<GoalArea, Long> {

    Optional<GoalArea> findByPeriodCodeAndCode(String periodCode, String code);
}
