package se.lansstyrelsen.jvg.accession;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.lansstyrelsen.jvg.support.TestAccessions;

/**
 * Properties of the server's payload validation (the start form's own rules read from the .form file plus
 * the domain rules) over generated values in every field (jqwik, fixed seed): it never throws, every refusal
 * names a known field with a Swedish message, control characters, over-long text, wrong JSON types and
 * unknown keys are always refused, and a valid form with any ordinary text in its free-text fields passes.
 * The goal catalogue and the municipality list are stubbed ({@link TestSubmissionValidator}, unit test).
 */
class SubmissionValidatorPropertyTest {

    private static final String SEED = "20261202";
    private static final List<String> TEXT_FIELDS = List.of(
            "organisationName", "contactName", "contactTitle", "decisionBody", "decisionReference", "plannedWork");
    private static final Map<String, Integer> MAX = Map.of(
            "organisationName",
            200,
            "contactName",
            200,
            "contactTitle",
            200,
            "decisionBody",
            200,
            "decisionReference",
            100,
            "plannedWork",
            2000);
    private static final Set<String> ERROR_KEYS_ALLOWED_EXTRA = Set.of("goals");

    private final SubmissionValidator validator = TestSubmissionValidator.create();

    @Property(seed = SEED, tries = 1500)
    void shouldNeverThrowAndAnswerEveryRefusalInSwedishByKnownField(
            @ForAll("anyField") String field, @ForAll("anyValue") Object value) {
        Map<String, Object> form = valid();
        form.put(field, value);

        SubmissionValidator.Outcome outcome = validator.validate(form, true);

        if (!outcome.errors().isEmpty()) {
            outcome.errors().forEach((key, message) -> {
                assertThat(validator.form().fields().containsKey(key)
                                || ERROR_KEYS_ALLOWED_EXTRA.contains(key)
                                || key.equals(field))
                        .as(key)
                        .isTrue();
                assertThat(message).isNotBlank().doesNotContain("Exception").doesNotContain("null");
            });
        }
    }

    @Property(seed = SEED, tries = 1000)
    void shouldAlwaysRefuseControlCharactersInText(
            @ForAll("textField") String field, @ForAll("withControlCharacter") String text) {
        Map<String, Object> form = valid();
        form.put(field, text);

        SubmissionValidator.Outcome outcome = validator.validate(form, true);

        assertThat(outcome.errors()).containsKey(field);
    }

    @Property(seed = SEED, tries = 300)
    void shouldAlwaysRefuseTextOverTheMaximumLength(
            @ForAll("textField") String field, @ForAll("letters") String letter) {
        Map<String, Object> form = valid();
        form.put(field, letter.repeat(MAX.get(field) + 1));

        assertThat(validator.validate(form, true).errors())
                .containsEntry(field, "Högst " + MAX.get(field) + " tecken.");
    }

    @Property(seed = SEED, tries = 500)
    void shouldAlwaysRefuseAWrongJsonTypeInATextField(
            @ForAll("textField") String field, @ForAll("notText") Object value) {
        Map<String, Object> form = valid();
        form.put(field, value);

        assertThat(validator.validate(form, true).errors()).containsKey(field);
    }

    @Property(seed = SEED, tries = 500)
    void shouldAlwaysRefuseAnUnknownKey(@ForAll("unknownKey") String key) {
        Map<String, Object> form = valid();
        form.put(key, "x");

        assertThat(validator.validate(form, true).errors()).containsEntry(key, "Okänt fält.");
    }

    @Property(seed = SEED, tries = 1000)
    void shouldAcceptAnyOrdinaryTextWithinTheLimits(
            @ForAll("textField") String field, @ForAll("ordinaryText") String text) {
        Map<String, Object> form = valid();
        form.put(field, text.substring(0, Math.min(text.length(), MAX.get(field))));

        SubmissionValidator.Outcome outcome = validator.validate(form, true);

        assertThat(outcome.errors()).as(text).isEmpty();
        assertThat(outcome.submission()).isPresent();
    }

    @Provide
    Arbitrary<String> anyField() {
        return Arbitraries.of(List.copyOf(validator.form().fields().keySet()));
    }

    @Provide
    Arbitrary<String> textField() {
        return Arbitraries.of(TEXT_FIELDS);
    }

    @Provide
    Arbitrary<Object> anyValue() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.strings().ofMaxLength(12).list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.of(List.of(1, 2), Map.of("a", 1), List.of(List.of("MAKT-1")))
                        .map(o -> (Object) o),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<Object> notText() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.strings().ofMaxLength(5).list().ofMaxSize(3).map(l -> (Object) l),
                Arbitraries.just(Map.of("a", "b")));
    }

    @Provide
    Arbitrary<String> withControlCharacter() {
        Arbitrary<Character> control = Arbitraries.chars().range('\u0000', '\u0008');
        Arbitrary<Character> moreControl = Arbitraries.of('\u000B', '\u000C', '\u000E', '\u001B', '\u001F', '\u007F');
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.strings().alpha().ofMaxLength(20),
                        Arbitraries.oneOf(control, moreControl),
                        // Inside the text: at its ends strip() removes some of them (a trailing U+001F is white space
                        // to Java).
                        Arbitraries.strings().alpha().ofMaxLength(20))
                .as((a, c, b) -> "x" + a + c + b + "y");
    }

    @Provide
    Arbitrary<String> letters() {
        return Arbitraries.of("a", "ö", "Å", "ä", "ñ", "漢");
    }

    @Provide
    Arbitrary<String> unknownKey() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(30)
                .filter(k -> !validator.form().fields().containsKey(k));
    }

    /** Letters (Swedish ones too, combining marks, emoji), digits, punctuation and markup: text people type. */
    @Provide
    Arbitrary<String> ordinaryText() {
        return Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .withChars("åäöÅÄÖéü0123456789 .,;:!?-&<>\"'/()§%\u030a\u0308\u200f")
                .ofMinLength(1)
                .ofMaxLength(2000)
                .filter(s -> !s.isBlank())
                .map(s -> s.length() > 10 ? s + "\uD83C\uDFF3" : s);
    }

    private static Map<String, Object> valid() {
        return TestAccessions.publicForm(1);
    }
}
