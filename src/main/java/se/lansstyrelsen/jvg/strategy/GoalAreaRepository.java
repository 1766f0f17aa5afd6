package se.lansstyrelsen.jvg.strategy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalAreaRepository extends JpaRepository<GoalArea, Long> {

  @EntityGraph(attributePaths = "goals")
  List<GoalArea> findByPeriodCodeOrderBySortOrderAsc(String periodCode);

  Optional<GoalArea> findByPeriodCodeAndCode(String periodCode, String code);
}
