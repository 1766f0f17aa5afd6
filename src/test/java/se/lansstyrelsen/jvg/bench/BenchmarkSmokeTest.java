package se.lansstyrelsen.jvg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness (bench/Benchmark.java) in its smoke mode, so it cannot rot: it starts the
 * application from this build's classes with profile "bench", runs one short window of submissions and
 * one of baseline starts, two complete cases of each kind, one start of this application and one of the minimal
 * Camunda application (bench/minimal), the overview and register on a database seeded with 100 cases, and
 * writes its JSON and Markdown. Only that it works is checked, never speed.
 */
class BenchmarkSmokeTest {

    @Test
    void shouldMeasureSubmissionsAndBaselineStartsAndWriteTheResults() throws Exception {
        Path out = Path.of("target", "bench-smoke");
        Process harness = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "bench/Benchmark.java",
                        "--smoke",
                        "--classpath",
                        System.getProperty("java.class.path"),
                        "--out",
                        out.toString()))
                .redirectErrorStream(true)
                .redirectOutput(
                        Files.createDirectories(out).resolve("harness.log").toFile())
                .start();
        boolean finished = harness.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            harness.destroyForcibly();
        }
        assertThat(finished)
                .as("harness finished; see " + out.resolve("harness.log"))
                .isTrue();
        assertThat(harness.exitValue())
                .as("exit code; see " + out.resolve("harness.log"))
                .isZero();

        JsonNode result =
                new ObjectMapper().readTree(out.resolve("benchmark.json").toFile());
        assertThat(result.get("poolTimeoutsInLog").asInt()).isZero();
        // Two windows and two lifecycle batches, each after the job backlog drained (none gave up).
        assertThat(result.get("jobBacklogWaits").asText())
                .contains(": 4 waits,")
                .contains(", 0 gave up after");
        JsonNode row = result.get("summary").get(0);
        assertThat(row.get("clients").asInt()).isEqualTo(1);
        assertThat(row.get("submission").get("throughputMedian").asDouble()).isPositive();
        assertThat(row.get("submission").get("notOk").asInt()).isZero();
        assertThat(row.get("baseline").get("throughputMedian").asDouble()).isPositive();
        assertThat(row.get("baseline").get("notOk").asInt()).isZero();
        // The lifecycle: both cases reached their end (for an accession: the confirmation e-mail arrived).
        for (JsonNode lifecycle : result.get("lifecycles")) {
            assertThat(lifecycle.get("completed").asInt())
                    .as(lifecycle.toString())
                    .isEqualTo(lifecycle.get("cases").asInt())
                    .isEqualTo(2);
        }
        assertThat(result.get("lifecycles"))
                .extracting(l -> l.get("scenario").asText())
                .containsExactlyInAnyOrder("submission", "baseline");
        // Start-up against the minimal Camunda application: each became healthy once.
        assertThat(result.get("startups"))
                .extracting(
                        s -> s.get("which").asText() + ":" + s.get("healthy").asBoolean())
                .containsExactlyInAnyOrder("application:true", "minimal:true");
        assertThat(result.get("startupRatio").asDouble()).isPositive();
        // The overview and register on a database seeded with 100 cases: each page answered 200 every time.
        assertThat(result.get("scale")).isNotEmpty().allSatisfy(point -> {
            assertThat(point.get("cases").asInt()).isEqualTo(100);
            assertThat(point.get("notOk").asInt()).as(point.toString()).isZero();
            assertThat(point.get("bytes").asLong()).as(point.toString()).isGreaterThan(1000);
        });
        assertThat(Files.readString(out.resolve("benchmark.md")))
                .startsWith("| clients | submissions/s |")
                .contains("| 1 | ")
                .contains("| accession: submission → review → registration → confirmation e-mail |")
                .contains("| minimal Camunda application (bench/minimal) |");
    }
}
