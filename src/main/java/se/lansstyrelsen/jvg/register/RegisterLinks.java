package se.lansstyrelsen.jvg.register;

import org.springframework.web.util.UriComponentsBuilder;

/** Links and page numbers shared by the register's pages (/anslutna and /intern/register). */
final class RegisterLinks {

    /** The page's query parameter, from 1. */
    static final String PAGE = "sida";

    private RegisterLinks() {}

    /** The page number from {@code sida}: 1 when absent, 0 when it is not a whole number (refused by the caller). */
    static int pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The path with the criteria's filters and the given order; the order is left out when it is the page's
     * {@code defaultOrder}, ascending.
     */
    static String link(
            String path,
            RegisterCriteria criteria,
            RegisterCriteria.Order order,
            boolean descending,
            RegisterCriteria.Order defaultOrder) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (criteria.filter().type() != null) {
            b.queryParam(RegisterCriteria.TYPE, criteria.filter().type().name());
        }
        if (criteria.filter().goalCode() != null) {
            b.queryParam(RegisterCriteria.GOAL, criteria.filter().goalCode());
        }
        if (criteria.filter().areaCode() != null) {
            b.queryParam(RegisterCriteria.AREA, criteria.filter().areaCode());
        }
        if (order != defaultOrder || descending) {
            b.queryParam(RegisterCriteria.SORT, order.value());
        }
        if (descending) {
            b.queryParam(RegisterCriteria.DIRECTION, "fallande");
        }
        return b.encode().build().toUriString();
    }

    /** The link to another page of the same filter and order. */
    static String pageLink(String path, RegisterCriteria criteria, RegisterCriteria.Order defaultOrder, int page) {
        String link = link(path, criteria, criteria.order(), criteria.descending(), defaultOrder);
        return link + (link.contains("?") ? "&" : "?") + PAGE + "=" + page;
    }
}
