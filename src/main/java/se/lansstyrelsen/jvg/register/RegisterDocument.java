package se.lansstyrelsen.jvg.register;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The public register as JSON (the open data at /api/register), with the shape its OpenAPI schema shows. */
@Schema(name = "Register")
record RegisterDocument(
        @Schema(description = "Strategiperiodens kod", example = "JVG-2024-2027")
        String period,

        @Schema(example = "Jämställt Västra Götaland 2024–2027")
        String periodName,

        @Schema(description = "Länsstyrelsens diarienummer för anslutningarna", example = "801-9838-2024")
        String diaryNumber,

        @Schema(description = "Antal organisationer i svaret")
        int count,

        List<Organisation> organisations) {

    /** A joined organisation; organisation numbers of legal persons are public, no person is named. */
    @Schema(name = "AnslutenOrganisation")
    record Organisation(
            @Schema(example = "Borås Stad") String name,
            @Schema(example = "212000-1355") String organisationNumber,

            @Schema(allowableValues = {"KOMMUN", "REGION", "STATLIG_MYNDIGHET", "LAROSATE"})
            String type,

            @Schema(example = "Kommun") String typeLabel,

            @Schema(description = "SCB:s kommunkod, bara för kommuner", example = "1490")
            String municipalityCode,

            @Schema(example = "Borås Stad") String municipality,

            @Schema(description = "Datum då anslutningen registrerades")
            LocalDate joinedOn,

            List<Goal> goals) {

        static Organisation of(JoinedRegister.Entry e) {
            return new Organisation(
                    e.organisationName(),
                    e.organisationNumber(),
                    e.organisationType().name(),
                    e.organisationTypeLabel(),
                    e.municipalityCode(),
                    e.municipalityName(),
                    e.joinedOn(),
                    e.goals().stream()
                            .map(g -> new Goal(g.areaCode(), g.areaName(), g.code(), g.text(), g.other()))
                            .toList());
        }
    }

    /** A prioritised goal. */
    @Schema(name = "PrioriteratMal")
    record Goal(
            @Schema(example = "EKONOMI") String area,
            @Schema(example = "Ekonomisk jämställdhet") String areaName,

            @Schema(
                    description = "Målets kod; <OMRÅDE>-ANNAT är ett annat regionalt mål inom området",
                    example = "EKONOMI-1")
            String code,

            @Schema(description = "Målets text ur strategin, eller organisationens text för ett annat regionalt mål")
            String text,

            @Schema(description = "Sant för ett annat regionalt mål inom området")
            boolean other) {}
}
