package se.lansstyrelsen.jvg.overview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import se.lansstyrelsen.jvg.accession.FormFields;
import se.lansstyrelsen.jvg.organisation.OrganisationNumber;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;

/**
 * The start forms of the demo sample set's organisations: names that start with "Exempel: ", made-up
 * organisation numbers (valid check digit, prefix 2129), e-mail addresses that end in .example, and one to three
 * goals each. Draws from the sample set's random numbers, so the set is the same on every start.
 */
class SampleForms {

    private final MunicipalityDirectory municipalities;
    private final Random random;
    private int organisations;

    SampleForms(MunicipalityDirectory municipalities, Random random) {
        this.municipalities = municipalities;
        this.random = random;
    }

    /** How many forms were made so far. */
    int count() {
        return organisations;
    }

    /** The form of the municipality with this SCB code. */
    Map<String, Object> kommun(String code) {
        MunicipalityDirectory.Municipality m = municipalities.byCode(code).orElseThrow();
        Map<String, Object> form = base(OverviewService.SAMPLE_PREFIX + m.officialName(), "KOMMUN", m.name());
        form.put(FormFields.MUNICIPALITY_CODE, code);
        return form;
    }

    /** The form of another organisation of the type (REGION, LAROSATE, STATLIG_MYNDIGHET). */
    Map<String, Object> other(String name, String type) {
        return base(name, type, "väst");
    }

    private Map<String, Object> base(String name, String type, String slugSource) {
        int n = ++organisations;
        String slug = slugSource
                .toLowerCase(Locale.ROOT)
                .replace("å", "a")
                .replace("ä", "a")
                .replace("ö", "o")
                .replaceAll("[^a-z0-9]+", "-");
        Map<String, Object> form = new HashMap<>();
        form.put(FormFields.ORGANISATION_NAME, name);
        form.put(FormFields.ORGANISATION_NUMBER, organisationNumber(n));
        form.put(FormFields.ORGANISATION_TYPE, type);
        form.put(FormFields.CONTACT_NAME, "Exempel Kontaktperson " + n);
        form.put(FormFields.CONTACT_TITLE, "Jämställdhetsstrateg");
        form.put(FormFields.CONTACT_EMAIL, "jamstalldhet" + n + "@" + slug + ".example");
        form.put(FormFields.CONTACT_PHONE, "010-000 00 " + String.format("%02d", n));
        form.put(FormFields.DECISION_BODY, "KOMMUN".equals(type) ? "Kommunstyrelsen" : "Ledningsgruppen");
        form.put(FormFields.DECISION_REFERENCE, "§ " + (10 + n));
        form.put(
                FormFields.PLANNED_WORK, "Exempeldata: vi integrerar jämställdhet i styrning, budget och uppföljning.");
        form.put(FormFields.INFO_SESSION_INTEREST, n % 3 == 0);
        form.put(FormFields.PERSONAL_DATA_CONSENT, true);
        goals(form);
        return form;
    }

    /** One to three goals, weighted like a plausible county: economy and health more often than others. */
    private void goals(Map<String, Object> form) {
        String[][] options = {
            {"EKONOMI", "EKONOMI-1"},
            {"HALSA", "HALSA-1"},
            {"EKONOMI", "EKONOMI-1"},
            {"MAKT", "MAKT-1"},
            {"UTBILDNING", "UTBILDNING-1"},
            {"HALSA", "HALSA-1"},
            {"VALD", "VALD-ANNAT"},
            {"OMSORG", "OMSORG-ANNAT"}
        };
        Map<String, List<String>> chosen = new HashMap<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String[] o = options[random.nextInt(options.length)];
            List<String> list = chosen.computeIfAbsent(o[0], k -> new ArrayList<>());
            if (!list.contains(o[1])) {
                list.add(o[1]);
            }
        }
        chosen.forEach((area, goals) -> form.put(FormFields.goalsKey(area), goals));
        if (chosen.containsKey("VALD")) {
            form.put(FormFields.otherGoalKey("VALD"), "Minska våld i nära relationer");
        }
        if (chosen.containsKey("OMSORG")) {
            form.put(FormFields.otherGoalKey("OMSORG"), "Jämnare uttag av föräldraledighet bland de anställda");
        }
    }

    /** A made-up organisation number 2129NN-NNNC with a valid check digit. */
    static String organisationNumber(int n) {
        return OrganisationNumber.withCheckDigit(String.format("2129%05d", n));
    }
}
