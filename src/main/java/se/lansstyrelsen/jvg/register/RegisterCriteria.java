package se.lansstyrelsen.jvg.register;

import static se.lansstyrelsen.jvg.config.Texts.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import se.lansstyrelsen.jvg.organisation.OrganisationType;
import se.lansstyrelsen.jvg.register.RegisterQuery.RegisterFilter;
import se.lansstyrelsen.jvg.strategy.GoalCatalogue;

/**
 * Filter and order of the public register, from the query parameters {@code typ}, {@code mal}, {@code omrade},
 * {@code sortera} and {@code ordning} (the same on /anslutna and /api/register). An empty value means "all";
 * an unknown value is refused with a Swedish message, never guessed.
 */
public record RegisterCriteria(RegisterFilter filter, Order order, boolean descending) {

    public static final String TYPE = "typ";
    public static final String GOAL = "mal";
    public static final String AREA = "omrade";
    public static final String SORT = "sortera";
    public static final String DIRECTION = "ordning";

    static final RegisterCriteria DEFAULT = new RegisterCriteria(RegisterFilter.NONE, Order.NAMN, false);

    /** What the register can be sorted by (the parameter's values). */
    public enum Order {
        NAMN,
        TYP,
        DATUM;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** What the register is sorted by, as the pages' order field names it. */
        public String label() {
            return text("register.order." + name());
        }
    }

    /** Reads the parameters; throws {@link BadParameterException} for any value that is not one of the listed. */
    static RegisterCriteria parse(Map<String, String> parameters, GoalCatalogue.Snapshot catalogue) {
        return parse(parameters, catalogue, Order.NAMN);
    }

    /** As {@link #parse(Map, GoalCatalogue.Snapshot)}, with {@code defaultOrder} when no order is given. */
    static RegisterCriteria parse(
            Map<String, String> parameters, GoalCatalogue.Snapshot catalogue, Order defaultOrder) {
        OrganisationType type = null;
        String typeValue = value(parameters, TYPE);
        if (typeValue != null) {
            type = Arrays.stream(OrganisationType.values())
                    .filter(t -> t.name().equals(typeValue))
                    .findFirst()
                    .orElseThrow(() -> new BadParameterException(TYPE, text("register.criteria.unknown-type")));
        }
        String goal = value(parameters, GOAL);
        if (goal != null && !isKnownGoal(goal, catalogue)) {
            throw new BadParameterException(GOAL, text("register.criteria.unknown-goal"));
        }
        String area = value(parameters, AREA);
        if (area != null && catalogue.area(area).isEmpty()) {
            throw new BadParameterException(AREA, text("register.criteria.unknown-area"));
        }
        Order order = defaultOrder;
        String sortValue = value(parameters, SORT);
        if (sortValue != null) {
            order = Arrays.stream(Order.values())
                    .filter(o -> o.value().equals(sortValue))
                    .findFirst()
                    .orElseThrow(() -> new BadParameterException(SORT, text("register.criteria.unknown-order")));
        }
        boolean descending = false;
        String direction = value(parameters, DIRECTION);
        if (direction != null) {
            if (!direction.equals("stigande") && !direction.equals("fallande")) {
                throw new BadParameterException(DIRECTION, text("register.criteria.unknown-direction"));
            }
            descending = direction.equals("fallande");
        }
        return new RegisterCriteria(new RegisterFilter(type, goal, area), order, descending);
    }

    private static boolean isKnownGoal(String code, GoalCatalogue.Snapshot catalogue) {
        return catalogue.goal(code).isPresent()
                || catalogue.areas().stream().anyMatch(a -> a.otherGoalCode().equals(code));
    }

    private static String value(Map<String, String> parameters, String name) {
        String v = parameters.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A query parameter with a value the register does not know; {@code message} is Swedish, for the user. */
    public static class BadParameterException extends RuntimeException {
        private final String parameter;

        public BadParameterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
