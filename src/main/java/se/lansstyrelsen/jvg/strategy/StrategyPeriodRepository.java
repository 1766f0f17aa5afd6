package se.lansstyrelsen.jvg.strategy;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StrategyPeriodRepository extends JpaRepository<StrategyPeriod, String> {}
