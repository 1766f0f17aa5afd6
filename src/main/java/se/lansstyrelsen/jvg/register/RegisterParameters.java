package se.lansstyrelsen.jvg.register;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.HashMap;
import java.util.Map;

/**
 * The register's query parameters, bound by Spring MVC and documented in the OpenAPI document; the values
 * are checked by {@link RegisterCriteria}.
 */
record RegisterParameters(
        @Parameter(description = "Typ av organisation: KOMMUN, REGION, STATLIG_MYNDIGHET eller LAROSATE")
        String typ,

        @Parameter(
                description = "Bara organisationer som prioriterar målet (målkod ur målkatalogen, t.ex. MAKT-1,"
                        + " eller <OMRÅDE>-ANNAT för ett annat regionalt mål inom området)")
        String mal,

        @Parameter(
                description = "Bara organisationer med minst ett mål inom området: MAKT, EKONOMI, UTBILDNING,"
                        + " OMSORG, HALSA eller VALD")
        String omrade,

        @Parameter(description = "Sortering: namn (standard, svensk alfabetisk ordning), typ eller datum")
        String sortera,

        @Parameter(description = "stigande (standard) eller fallande")
        String ordning) {

    Map<String, String> asMap() {
        Map<String, String> map = new HashMap<>();
        put(map, RegisterCriteria.TYPE, typ);
        put(map, RegisterCriteria.GOAL, mal);
        put(map, RegisterCriteria.AREA, omrade);
        put(map, RegisterCriteria.SORT, sortera);
        put(map, RegisterCriteria.DIRECTION, ordning);
        return map;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
