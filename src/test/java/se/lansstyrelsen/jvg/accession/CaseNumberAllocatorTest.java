package se.lansstyrelsen.jvg.accession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.lansstyrelsen.jvg.support.IntegrationTestBase;

class CaseNumberAllocatorTest extends IntegrationTestBase {

    @Autowired
    CaseNumberAllocator allocator;

    @Autowired
    Clock clock;

    @Test
    void shouldHandOutDistinctConsecutiveNumbersUnderConcurrentSubmissions() throws Exception {
        String first = allocator.next();
        int start = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            calls.add(allocator::next);
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(calls)) {
            numbers.add(f.get());
        }
        pool.shutdown();

        int year = LocalDate.now(clock).getYear();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(80).allMatch(n -> n.matches("JVG-" + year + "-\\d{4}"));
        assertThat(numbers.stream()
                        .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                        .sorted()
                        .toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(start + 1, start + 80)
                        .boxed()
                        .toList());
    }
}
