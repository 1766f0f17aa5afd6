import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The benchmark harness (issue 8), a single-file Java program with nothing but the JDK:
 *
 * <pre>
 *   mvn -q package -DskipTests && java bench/Benchmark.java        (or: mvn -Pbench verify)
 * </pre>
 *
 * It starts the packaged application on 127.0.0.1 (a free port) with a fresh H2 file database in a
 * temporary directory, profiles {@code demo,bench}, and an SMTP sink in this process that accepts and
 * discards every e-mail. After a warm-up it measures, alternating A and B (A B in odd rounds, B A in
 * even ones) at each client count:
 * <ul>
 *   <li>A, submission: {@code POST /api/accessions} with valid, distinct organisations;</li>
 *   <li>B, baseline: {@code POST /engine-rest/process-definition/key/benchBaseline/start} (start, noop
 *       service task, user task; deployed only under profile "bench"), same application, same clients.</li>
 * </ul>
 * Each client sends its next request when the previous answer arrived (closed loop, like wrk). Results go
 * to {@code target/bench/benchmark.json} and {@code target/bench/benchmark.md} (medians over the rounds,
 * spread as min–max). The load targets 127.0.0.1 only and every window stops by itself.
 *
 * <p>Options: {@code --jar PATH}, {@code --classpath CP} (start from classes instead, as the smoke test does),
 * {@code --clients 1,4,16}, {@code --rounds 3}, {@code --warmup 120} and {@code --window 20} (seconds),
 * {@code --out DIR}, {@code --smoke} (1 client, 1 round, 2 s warm-up, 3 s windows, 2 lifecycle cases, 1 start each),
 * {@code --lifecycle-cases 40}, {@code --lifecycle-clients 4}, {@code --startups 3} (0: no start-up comparison),
 * {@code --registration-reference 801-9838-2024} (what the registration form's reference field accepts),
 * {@code --jfr} (a flight recording of the measured application in {@code OUT/app.jfr}), {@code --scale-only} (only
 * the overview and register at {@code --scale} sizes, into {@code OUT/benchmark-scale.md}; {@code --scale 0} skips
 * that part), {@code --drain-timeout 600} (seconds to wait for the job backlog before each window and lifecycle batch),
 * {@code --app-args "--x=y ..."} (for experiments only: extra arguments for the measured application; one with the
 * same name as one of the harness's own replaces it, e.g. {@code --spring.profiles.active} and
 * {@code --spring.datasource.url} for PostgreSQL; the table in docs/utveckling.md is never made with it).
 *
 * <p>After the load it drives complete cases (lifecycle: submission → review → registration → confirmation
 * e-mail, against the baseline's start → complete), then starts this application and the minimal Camunda
 * application in {@code bench/minimal} (same starters, none of our code; built here with Maven if its jar is
 * missing) alternately, and compares time to healthy and resident memory.
 */
public class Benchmark {

    static final String SUBMISSION = "submission";
    static final String BASELINE = "baseline";
    static final String CASEWORKER = "handlaggare1";
    static final String MANAGER = "chef1";

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int exit = new Benchmark(options).run();
        System.exit(exit);
    }

    private final Options options;
    private final String adminPassword = randomPassword();
    private final String caseworkerPassword = randomPassword();
    private final AtomicInteger organisationSequence = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String baseUrl;
    /** Cases the next started application seeds (BenchSeed); 0 for the load and start-up measurements. */
    private int seedAccessions;

    Benchmark(Options options) {
        this.options = options;
    }

    int run() throws Exception {
        Files.createDirectories(options.out);
        if (options.scaleOnly) {
            try (SmtpSink smtp = new SmtpSink()) {
                Result result = new Result(
                        Instant.now().toString(),
                        options,
                        0,
                        0,
                        0,
                        0,
                        0,
                        loadAverage(),
                        "",
                        List.of(),
                        List.of(),
                        List.of(),
                        scale(smtp));
                Files.writeString(options.out.resolve("benchmark-scale.json"), result.json());
                Files.writeString(options.out.resolve("benchmark-scale.md"), result.scaleMarkdown());
                System.out.println(result.scaleMarkdown());
                return 0;
            }
        }
        Path dataDir = Files.createTempDirectory("jvg-bench-");
        Path appLog = options.out.resolve("app.log");
        int port = freePort();
        baseUrl = "http://127.0.0.1:" + port;
        try (SmtpSink smtp = new SmtpSink()) {
            Process app = startApplication(port, smtp.port(), dataDir, appLog);
            Runtime.getRuntime().addShutdownHook(new Thread(app::destroyForcibly));
            try {
                Instant started = Instant.now();
                if (!awaitReady(app, Duration.ofMinutes(15))) {
                    System.err.println("The application did not become ready; see " + appLog);
                    return 2;
                }
                double startupSeconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
                long rssAfterStart = rssMiB(app);
                log("ready after %.1f s, resident memory %d MiB", startupSeconds, rssAfterStart);

                warmUp();
                List<Window> windows = new ArrayList<>();
                for (int clients : options.clients) {
                    for (int round = 1; round <= options.rounds; round++) {
                        List<String> order =
                                round % 2 == 1 ? List.of(SUBMISSION, BASELINE) : List.of(BASELINE, SUBMISSION);
                        for (String scenario : order) {
                            awaitJobsDrained(scenario + " window, " + clients + " clients, round " + round);
                            Window w = measure(scenario, clients, options.window, round);
                            windows.add(w);
                            log(
                                    "%-10s clients %2d round %d: %7.1f/s p50 %6.1f ms p99 %7.1f ms, %d not ok",
                                    scenario, clients, round, w.throughput(), w.p50, w.p99, w.notOk);
                        }
                    }
                }
                List<Lifecycle> lifecycles = new ArrayList<>();
                for (int round = 1; round <= options.rounds && options.lifecycleCases > 0; round++) {
                    List<String> order = round % 2 == 1 ? List.of(SUBMISSION, BASELINE) : List.of(BASELINE, SUBMISSION);
                    for (String scenario : order) {
                        awaitJobsDrained("lifecycle " + scenario + ", round " + round);
                        Lifecycle l = lifecycle(scenario, round, smtp);
                        lifecycles.add(l);
                        log(
                                "lifecycle %-10s round %d: %d of %d complete in %.1f s, %.2f cases/s, p50 %.0f ms",
                                scenario, round, l.completed, l.cases, l.seconds, l.throughput(), l.p50);
                    }
                }
                long rssAfterRun = rssMiB(app);
                stop(app);
                // Up to the shutdown: closing the engine flushes its metrics after the pool has closed, which Hikari
                // logs
                // as a timeout too; that is no pool exhaustion under load.
                String log = Files.readString(appLog);
                int shutdown = log.indexOf("Commencing graceful shutdown");
                log = shutdown < 0 ? log : log.substring(0, shutdown);
                List<Startup> startups = startups(smtp);
                List<ScalePoint> scale = scale(smtp);
                Result result = new Result(
                        Instant.now().toString(),
                        options,
                        startupSeconds,
                        rssAfterStart,
                        rssAfterRun,
                        count(log, "Connection is not available"),
                        smtp.received.get(),
                        loadAverage(),
                        drainNote(),
                        windows,
                        lifecycles,
                        startups,
                        scale);
                Files.writeString(options.out.resolve("benchmark.json"), result.json());
                Files.writeString(options.out.resolve("benchmark.md"), result.markdown());
                System.out.println(result.markdown());
                return 0;
            } finally {
                stop(app);
                deleteTree(dataDir);
            }
        }
    }

    // ---- the application ----

    private Process startApplication(int port, int smtpPort, Path dataDir, Path appLog) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (options.jfr) {
            // A flight recording of the whole run, for finding where the time goes (open it with jfr or JMC).
            command.add("-XX:StartFlightRecording=settings=profile,filename="
                    + options.out.resolve("app.jfr").toAbsolutePath());
        }
        if (options.classpath != null) {
            command.addAll(List.of("-cp", options.classpath, "se.lansstyrelsen.jvg.AccessionApplication"));
        } else {
            command.addAll(List.of("-jar", options.jar.toString()));
        }
        command.addAll(List.of(
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--spring.profiles.active=demo,bench",
                // The default profile's URL options (application.yaml), on a fresh file.
                "--spring.datasource.url=jdbc:h2:file:"
                        + dataDir.resolve("accession").toAbsolutePath()
                        + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;QUERY_CACHE_SIZE=256;CACHE_SIZE=262144",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--camunda.bpm.admin-user.password=" + adminPassword,
                // The public API's per-client rate limit (20 per 10 minutes) would stop the measurement at once.
                "--accession.public-form.rate-limit-requests=1000000000",
                "--accession.public-base-url=" + baseUrl,
                "--bench.seed-accessions=" + seedAccessions,
                // The demo users drive the lifecycle; the demo's sample cases would only add work to the measurement.
                "--accession.demo.sample-data=false"));
        // Experiments only (--app-args "--a=b --c=d"): they replace the settings above with the same name (Spring
        // would join two values of one command-line option with a comma, e.g. two datasource URLs).
        if (!options.appArgs.isBlank()) {
            List<String> extra = Arrays.asList(options.appArgs.trim().split("\\s+"));
            Set<String> replaced = extra.stream().map(Benchmark::optionName).collect(Collectors.toSet());
            command.removeIf(arg -> arg.startsWith("--") && replaced.contains(optionName(arg)));
            command.addAll(extra);
        }
        log(
                "starting %s",
                String.join(" ", command)
                        .replace(adminPassword, "***")
                        .replace(String.valueOf(options.classpath), "<classpath>"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(appLog.toFile());
        // The demo caseworkers drive the lifecycle through engine REST, as Tasklist would.
        builder.environment().put("DEMO_PASSWORD", caseworkerPassword);
        return builder.start();
    }

    private boolean awaitReady(Process app, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline) && app.isAlive()) {
            try {
                if (get("/actuator/health", false) == 200
                        && get("/engine-rest/process-definition/key/benchBaseline", true) == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    private int get(String path, boolean authenticated) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
        if (authenticated) {
            request.header("Authorization", basicAuth());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** "--spring.datasource.url=x" → "spring.datasource.url". */
    static String optionName(String arg) {
        int equals = arg.indexOf('=');
        return equals < 0 ? arg : arg.substring(0, equals);
    }

    private static void stop(Process app) throws InterruptedException {
        if (app.isAlive()) {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    // ---- load ----

    /** Seconds waited for the job backlog before each window and lifecycle batch (see awaitJobsDrained). */
    private final List<Double> drainWaits = new ArrayList<>();

    private int drainTimeouts;

    /**
     * Waits until the job executor has run every executable job (the submissions' receipt and caseworker-notice
     * e-mails; future timers do not count), polling engine REST's job count, for at most {@code --drain-timeout}
     * seconds. Without it the e-mail backlog of one phase is worked off during the next one: the first lifecycle
     * batch after the throughput windows ran at a tenth of the later ones, and a baseline window after a
     * submission window shared the CPUs with the submission window's e-mails. Each measured phase now starts
     * with an empty queue; its own jobs still run while it is measured.
     */
    private void awaitJobsDrained(String before) throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + options.drainTimeout.toNanos();
        long jobs = -1;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/job/count?executable=true"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", basicAuth())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"count\"\\s*:\\s*(\\d+)")
                        .matcher(answer.body());
                jobs = answer.statusCode() == 200 && m.find() ? Long.parseLong(m.group(1)) : -1;
            } catch (IOException e) {
                jobs = -1;
            }
            if (jobs == 0) {
                break;
            }
            Thread.sleep(250);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        synchronized (drainWaits) {
            drainWaits.add(seconds);
            if (jobs != 0) {
                drainTimeouts++;
            }
        }
        log(
                "before %s: waited %.1f s for the job backlog%s",
                before, seconds, jobs == 0 ? "" : " (gave up, " + jobs + " executable jobs left)");
    }

    private String drainNote() {
        synchronized (drainWaits) {
            if (drainWaits.isEmpty()) {
                return "";
            }
            double total = drainWaits.stream().mapToDouble(Double::doubleValue).sum();
            double max =
                    drainWaits.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            return String.format(
                    Locale.ROOT,
                    "Before each window and lifecycle batch the harness waited for the job "
                            + "executor's backlog (executable jobs: 0): %d waits, %.1f s in all, longest %.1f s, %d gave up after %d s.",
                    drainWaits.size(),
                    total,
                    max,
                    drainTimeouts,
                    options.drainTimeout.toSeconds());
        }
    }

    private void warmUp() throws Exception {
        // The JIT needs about two minutes of load; both scenarios get half, in alternating slices.
        Duration slice = options.warmup.dividedBy(4);
        for (int i = 0; i < 4; i++) {
            String scenario = i % 2 == 0 ? SUBMISSION : BASELINE;
            Window w = measure(scenario, 4, slice, 0);
            log("warm-up %-10s %7.1f/s, %d not ok", scenario, w.throughput(), w.notOk);
        }
    }

    private Window measure(String scenario, int clients, Duration length, int round) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            long deadline = start + length.toNanos();
            List<Future<ClientResult>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(threads.submit(() -> client(scenario, deadline)));
            }
            List<Long> latencies = new ArrayList<>();
            int ok = 0;
            int notOk = 0;
            int serverErrors = 0;
            for (Future<ClientResult> f : futures) {
                ClientResult r = f.get(length.toSeconds() + 120, TimeUnit.SECONDS);
                latencies.addAll(r.latencies);
                ok += r.ok;
                notOk += r.notOk;
                serverErrors += r.serverErrors;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] sorted =
                    latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Window(
                    scenario,
                    clients,
                    round,
                    seconds,
                    ok,
                    notOk,
                    serverErrors,
                    percentile(sorted, 50),
                    percentile(sorted, 95),
                    percentile(sorted, 99));
        } finally {
            threads.shutdownNow();
        }
    }

    private ClientResult client(String scenario, long deadline) {
        ClientResult result = new ClientResult();
        while (System.nanoTime() < deadline) {
            HttpRequest request = SUBMISSION.equals(scenario) ? submission() : baselineStart();
            int expected = SUBMISSION.equals(scenario) ? 201 : 200;
            long t0 = System.nanoTime();
            int status;
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException | InterruptedException e) {
                status = 0;
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            result.latencies.add(System.nanoTime() - t0);
            if (status == expected) {
                result.ok++;
            } else {
                result.notOk++;
                if (status >= 500 || status == 0) {
                    result.serverErrors++;
                }
            }
        }
        return result;
    }

    private HttpRequest submission() {
        return submission(organisationSequence.getAndIncrement());
    }

    private HttpRequest submission(int n) {
        String token = "bench-" + n + "-csrf-token-value";
        String body = """
        {"organisationName":"Benchmarkkommun %1$d","organisationNumber":"%2$s","organisationType":"KOMMUN",\
        "municipalityCode":"1480","contactName":"Kim Kontakt","contactTitle":"Jämställdhetsstrateg",\
        "contactEmail":"kontakt%1$d@kommun.example","contactPhone":"031-123 45 67","decisionBody":"Kommunstyrelsen",\
        "decisionDate":"2026-10-01","decisionReference":"KS § %1$d","goalsMakt":["MAKT-1"],\
        "plannedWork":"Vi integrerar jämställdhet i styrning och uppföljning.","infoSessionInterest":true,\
        "personalDataConsent":true}""".formatted(n, organisationNumber(n));
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/accessions"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Cookie", "XSRF-TOKEN=" + token)
                .header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private HttpRequest baselineStart() {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/process-definition/key/benchBaseline/start"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", basicAuth())
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }

    private String basicAuth() {
        return "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    private String caseworkerAuth() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((CASEWORKER + ":" + caseworkerPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** A valid Swedish organisation number 21X???-???C (Luhn check digit), distinct for n below 8,000,000. */
    static String organisationNumber(int n) {
        String nine = String.format("21%d%06d", 2 + n / 1_000_000, n % 1_000_000);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return nine.substring(0, 6) + "-" + nine.substring(6) + ((10 - sum % 10) % 10);
    }

    // ---- lifecycle ----

    /**
     * N cases ({@code --lifecycle-cases}, 40) driven from start to end by {@code --lifecycle-clients} (4) clients:
     * A: submission → review (claim, approve) → registration → confirmation e-mail delivered to the contact;
     * B: the baseline's start → its user task completed. Throughput: finished cases per second of the batch.
     */
    private Lifecycle lifecycle(String scenario, int round, SmtpSink smtp) throws Exception {
        int clients = options.lifecycleClients;
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<ClientResult>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(threads.submit(() -> {
                    ClientResult r = new ClientResult();
                    while (next.getAndIncrement() < options.lifecycleCases) {
                        long t0 = System.nanoTime();
                        boolean done;
                        try {
                            done = SUBMISSION.equals(scenario) ? accessionLifecycle(smtp) : baselineLifecycle();
                        } catch (IOException | RuntimeException e) {
                            log("lifecycle %s failed: %s", scenario, e);
                            done = false;
                        }
                        r.latencies.add(System.nanoTime() - t0);
                        if (done) {
                            r.ok++;
                        } else {
                            r.notOk++;
                        }
                    }
                    return r;
                }));
            }
            List<Long> latencies = new ArrayList<>();
            int ok = 0;
            for (Future<ClientResult> f : futures) {
                ClientResult r = f.get(30, TimeUnit.MINUTES);
                latencies.addAll(r.latencies);
                ok += r.ok;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] sorted =
                    latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Lifecycle(
                    scenario,
                    round,
                    options.lifecycleCases,
                    ok,
                    seconds,
                    percentile(sorted, 50),
                    percentile(sorted, 99));
        } finally {
            threads.shutdownNow();
        }
    }

    private boolean accessionLifecycle(SmtpSink smtp) throws IOException, InterruptedException {
        int n = organisationSequence.getAndIncrement();
        String contact = "kontakt" + n + "@kommun.example";
        HttpResponse<String> submitted = http.send(submission(n), HttpResponse.BodyHandlers.ofString());
        if (submitted.statusCode() != 201) {
            log("lifecycle: submission answered %d: %s", submitted.statusCode(), submitted.body());
            return false;
        }
        String caseNumber = field(submitted.body(), "caseNumber");
        String review = awaitTask(
                "processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey=userTask_reviewAccession",
                caseworkerAuth());
        if (review == null || !claimAndSubmit(review, """
        {"variables": {"reviewOutcome": {"value": "APPROVE"}, "checkDecisionStated": {"value": true},
         "checkGoalsChosen": {"value": true}, "checkContactComplete": {"value": true},
         "checkOrganisationEligible": {"value": true}, "reviewComment": {"value": "Komplett"}}}""")) {
            return false;
        }
        String registration = awaitTask(
                "processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey=userTask_registerAccession",
                caseworkerAuth());
        if (registration == null || !claimAndSubmit(registration, """
        {"variables": {"registrationReference": {"value": "%s"}, "goalsConfirmed": {"value": true},
         "registrationComment": {"value": "Registrerad i benchmark"}}}""".formatted(options.registrationReference))) {
            return false;
        }
        // The confirmation is the contact's second e-mail (the receipt was the first).
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (smtp.receivedBy(contact) < 2) {
            if (System.nanoTime() > deadline) {
                log("lifecycle: no confirmation e-mail for %s", caseNumber);
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private boolean baselineLifecycle() throws IOException, InterruptedException {
        HttpResponse<String> started = http.send(baselineStart(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 200) {
            return false;
        }
        String task = awaitTask("processInstanceId=" + field(started.body(), "id"), basicAuth());
        return task != null && post("/engine-rest/task/" + task + "/complete", "{}", basicAuth()) == 204;
    }

    /** The id of the first task the query finds, polled every 20 ms for up to five minutes (async jobs come first). */
    private String awaitTask(String query, String auth) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> found = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/task?" + query))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", auth)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String id = found.statusCode() == 200 ? field(found.body(), "id") : null;
            if (id != null) {
                return id;
            }
            Thread.sleep(20);
        }
        log("lifecycle: no task for %s", query);
        return null;
    }

    private boolean claimAndSubmit(String taskId, String form) throws IOException, InterruptedException {
        // Keeping the case with its caseworker assigns the registration task already; claiming a task one holds
        // already is accepted by the engine, so the same call serves both tasks.
        post("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"" + CASEWORKER + "\"}", caseworkerAuth());
        int status = post("/engine-rest/task/" + taskId + "/submit-form", form, caseworkerAuth());
        if (status != 204) {
            log("lifecycle: submit-form on %s answered %d", taskId, status);
        }
        return status == 204;
    }

    private int post(String path, String json, String auth) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + path))
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .header("Authorization", auth)
                                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** The first string value of a top-level or first-element field in a small JSON answer (JDK only, no parser). */
    static String field(String json, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(json);
        return m.find() ? m.group(1) : null;
    }

    // ---- start-up and memory against a minimal Camunda application ----

    /**
     * Starts this application and the minimal one (bench/minimal: the same starters, none of our code) alternately,
     * each {@code options.startups} times on a fresh H2 file, and records the time from process start to a 200
     * from /actuator/health and the resident memory at that moment.
     */
    private List<Startup> startups(SmtpSink smtp) throws Exception {
        List<Startup> result = new ArrayList<>();
        if (options.startups == 0) {
            return result;
        }
        Path minimalJar = minimalJar();
        for (int i = 1; i <= options.startups; i++) {
            List<String> order = i % 2 == 1 ? List.of("application", "minimal") : List.of("minimal", "application");
            for (String which : order) {
                Path dataDir = Files.createTempDirectory("jvg-bench-start-");
                int port = freePort();
                String saved = baseUrl;
                baseUrl = "http://127.0.0.1:" + port;
                Path log = options.out.resolve("startup-" + which + "-" + i + ".log");
                Process p = "application".equals(which)
                        ? startApplication(port, smtp.port(), dataDir, log)
                        : new ProcessBuilder(
                                        Path.of(System.getProperty("java.home"), "bin", "java")
                                                .toString(),
                                        "-jar",
                                        minimalJar.toAbsolutePath().toString(),
                                        "--server.address=127.0.0.1",
                                        "--server.port=" + port,
                                        "--spring.datasource.url=jdbc:h2:file:"
                                                + dataDir.resolve("minimal").toAbsolutePath())
                                .directory(dataDir.toFile())
                                .redirectErrorStream(true)
                                .redirectOutput(log.toFile())
                                .start();
                try {
                    long t0 = System.nanoTime();
                    boolean ready = awaitHealthy(p, Duration.ofMinutes(10));
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    long rss = rssMiB(p);
                    result.add(new Startup(which, i, ready, seconds, rss));
                    log(
                            "start-up %-11s %d: %s after %.1f s, resident memory %d MiB",
                            which, i, ready ? "healthy" : "NOT healthy", seconds, rss);
                } finally {
                    stop(p);
                    baseUrl = saved;
                    deleteTree(dataDir);
                }
            }
        }
        return result;
    }

    private boolean awaitHealthy(Process app, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                if (get("/actuator/health", false) == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** bench/minimal's jar, built with the same Maven that runs this build when it is not there yet. */
    private Path minimalJar() throws IOException, InterruptedException {
        Path target = Path.of("bench", "minimal", "target");
        Path jar = target.resolve("bench-minimal-camunda.jar");
        if (!Files.exists(jar)) {
            log("building bench/minimal");
            Process mvn = new ProcessBuilder("mvn", "-q", "-B", "-f", "bench/minimal/pom.xml", "-DskipTests", "package")
                    .redirectErrorStream(true)
                    .redirectOutput(options.out.resolve("minimal-build.log").toFile())
                    .start();
            if (!mvn.waitFor(15, TimeUnit.MINUTES) || mvn.exitValue() != 0 || !Files.exists(jar)) {
                throw new IllegalStateException(
                        "bench/minimal did not build; see " + options.out.resolve("minimal-build.log"));
            }
        }
        return jar;
    }

    // ---- overview and register at scale ----

    /**
     * For each size in {@code --scale} (1,000, 10,000, 100,000 cases): a fresh start on a fresh H2 file seeded with
     * that many cases (profile "bench", BenchSeed), then each of {@code --scale-paths} fetched 3 times to warm up and
     * {@code --scale-requests} times measured, one after the other. Internal pages as the demo manager.
     */
    private List<ScalePoint> scale(SmtpSink smtp) throws Exception {
        List<ScalePoint> points = new ArrayList<>();
        for (int size : options.scale) {
            Path dataDir = Files.createTempDirectory("jvg-bench-scale-");
            int port = freePort();
            String saved = baseUrl;
            baseUrl = "http://127.0.0.1:" + port;
            Path log = options.out.resolve("scale-" + size + ".log");
            seedAccessions = size;
            Process p = startApplication(port, smtp.port(), dataDir, log);
            try {
                if (!awaitHealthy(p, Duration.ofMinutes(20))) {
                    throw new IllegalStateException("not healthy with " + size + " cases; see " + log);
                }
                for (String path : options.scalePaths) {
                    for (int i = 0; i < 3; i++) {
                        timedGet(path);
                    }
                    long[] nanos = new long[options.scaleRequests];
                    int notOk = 0;
                    long bytes = 0;
                    for (int i = 0; i < nanos.length; i++) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = timedGet(path);
                        nanos[i] = System.nanoTime() - t0;
                        bytes = r.body().length;
                        if (r.statusCode() != 200) {
                            notOk++;
                        }
                    }
                    Arrays.sort(nanos);
                    ScalePoint point =
                            new ScalePoint(size, path, percentile(nanos, 50), percentile(nanos, 90), notOk, bytes);
                    points.add(point);
                    log(
                            "scale %6d cases %-28s p50 %8.1f ms p90 %8.1f ms, %d bytes, %d not ok",
                            size, path, point.p50, point.p90, bytes, notOk);
                }
            } finally {
                seedAccessions = 0;
                stop(p);
                baseUrl = saved;
                deleteTree(dataDir);
            }
        }
        return points;
    }

    private HttpResponse<byte[]> timedGet(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2));
        if (path.startsWith("/intern")) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (MANAGER + ":" + caseworkerPassword).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    // ---- results ----

    static final class ClientResult {
        final List<Long> latencies = new ArrayList<>();
        int ok;
        int notOk;
        int serverErrors;
    }

    /** One measured window; latencies in milliseconds. */
    record Window(
            String scenario,
            int clients,
            int round,
            double seconds,
            int ok,
            int notOk,
            int serverErrors,
            double p50,
            double p95,
            double p99) {
        double throughput() {
            return ok / seconds;
        }
    }

    /** One batch of complete cases; latencies (one whole case each) in milliseconds. */
    record Lifecycle(String scenario, int round, int cases, int completed, double seconds, double p50, double p99) {
        double throughput() {
            return completed / seconds;
        }
    }

    /** One start of an application: which ("application" or "minimal"), seconds to healthy, RSS then. */
    record Startup(String which, int attempt, boolean healthy, double seconds, long rssMiB) {}

    /** One path at one database size: median and 90th percentile in milliseconds, size of the last answer. */
    record ScalePoint(int cases, String path, double p50, double p90, int notOk, long bytes) {}

    record Result(
            String finishedAt,
            Options options,
            double startupSeconds,
            long rssAfterStartMiB,
            long rssAfterRunMiB,
            int poolTimeouts,
            int mailsReceived,
            String loadAverage,
            String drainNote,
            List<Window> windows,
            List<Lifecycle> lifecycles,
            List<Startup> startups,
            List<ScalePoint> scale) {

        /** A path's median at this size divided by its median at the smallest size measured. */
        double scaleRatio(ScalePoint point) {
            int smallest = scale.stream()
                    .filter(s -> s.path.equals(point.path))
                    .mapToInt(ScalePoint::cases)
                    .min()
                    .orElse(point.cases);
            return point.p50
                    / scale.stream()
                            .filter(s -> s.path.equals(point.path) && s.cases == smallest)
                            .findFirst()
                            .orElse(point)
                            .p50;
        }

        double[] lifecycleThroughput(String scenario) {
            return spread(lifecycles.stream()
                    .filter(l -> l.scenario.equals(scenario))
                    .mapToDouble(Lifecycle::throughput)
                    .toArray());
        }

        double[] startupSeconds(String which) {
            return spread(startups.stream()
                    .filter(s -> s.which.equals(which) && s.healthy)
                    .mapToDouble(Startup::seconds)
                    .toArray());
        }

        double[] startupRss(String which) {
            return spread(startups.stream()
                    .filter(s -> s.which.equals(which) && s.healthy)
                    .mapToDouble(Startup::rssMiB)
                    .toArray());
        }

        String json() {
            StringBuilder b = new StringBuilder("{\n");
            b.append("  \"finishedAt\": \"").append(finishedAt).append("\",\n");
            b.append("  \"cpus\": ")
                    .append(Runtime.getRuntime().availableProcessors())
                    .append(",\n");
            b.append("  \"loadAverageAtEnd\": \"").append(loadAverage).append("\",\n");
            b.append("  \"warmupSeconds\": ").append(options.warmup.toSeconds()).append(",\n");
            b.append("  \"windowSeconds\": ").append(options.window.toSeconds()).append(",\n");
            b.append("  \"rounds\": ").append(options.rounds).append(",\n");
            b.append("  \"startupSeconds\": ").append(num(startupSeconds)).append(",\n");
            b.append("  \"rssAfterStartMiB\": ").append(rssAfterStartMiB).append(",\n");
            b.append("  \"rssAfterRunMiB\": ").append(rssAfterRunMiB).append(",\n");
            b.append("  \"poolTimeoutsInLog\": ").append(poolTimeouts).append(",\n");
            b.append("  \"mailsReceived\": ").append(mailsReceived).append(",\n");
            b.append("  \"jobBacklogWaits\": \"").append(drainNote).append("\",\n");
            b.append("  \"windows\": [\n");
            b.append(windows.stream()
                    .map(w -> String.format(
                            Locale.ROOT,
                            "    {\"scenario\": \"%s\", \"clients\": %d, \"round\": %d, \"seconds\": %.2f, \"ok\": %d, \"notOk\": %d, "
                                    + "\"serverErrors\": %d, \"throughput\": %.2f, \"p50Ms\": %.2f, \"p95Ms\": %.2f, \"p99Ms\": %.2f}",
                            w.scenario,
                            w.clients,
                            w.round,
                            w.seconds,
                            w.ok,
                            w.notOk,
                            w.serverErrors,
                            w.throughput(),
                            w.p50,
                            w.p95,
                            w.p99))
                    .collect(Collectors.joining(",\n")));
            b.append("\n  ],\n  \"summary\": [\n");
            List<String> rows = new ArrayList<>();
            for (int clients : options.clients) {
                Summary a = summary(SUBMISSION, clients);
                Summary base = summary(BASELINE, clients);
                rows.add(String.format(
                        Locale.ROOT,
                        "    {\"clients\": %d, \"submission\": %s, \"baseline\": %s, "
                                + "\"throughputRatio\": %.3f, \"p99Ratio\": %.3f}",
                        clients,
                        a.json(),
                        base.json(),
                        a.throughput[1] / base.throughput[1],
                        a.p99[1] / base.p99[1]));
            }
            b.append(String.join(",\n", rows)).append("\n  ],\n  \"lifecycles\": [\n");
            b.append(lifecycles.stream()
                    .map(l -> String.format(
                            Locale.ROOT,
                            "    {\"scenario\": \"%s\", \"round\": %d, \"cases\": %d, \"completed\": %d, \"seconds\": %.2f, "
                                    + "\"throughput\": %.3f, \"p50Ms\": %.1f, \"p99Ms\": %.1f}",
                            l.scenario,
                            l.round,
                            l.cases,
                            l.completed,
                            l.seconds,
                            l.throughput(),
                            l.p50,
                            l.p99))
                    .collect(Collectors.joining(",\n")));
            b.append("\n  ],\n  \"startups\": [\n");
            b.append(startups.stream()
                    .map(st -> String.format(
                            Locale.ROOT,
                            "    {\"which\": \"%s\", \"attempt\": %d, \"healthy\": %s, \"seconds\": %.2f, \"rssMiB\": %d}",
                            st.which,
                            st.attempt,
                            st.healthy,
                            st.seconds,
                            st.rssMiB))
                    .collect(Collectors.joining(",\n")));
            double[] la = lifecycleThroughput(SUBMISSION);
            double[] lb = lifecycleThroughput(BASELINE);
            b.append(String.format(Locale.ROOT, "\n  ],\n  \"lifecycleThroughputRatio\": %.3f,\n", la[1] / lb[1]));
            b.append("  \"scale\": [\n")
                    .append(scale.stream()
                            .map(p -> String.format(
                                    Locale.ROOT,
                                    "    {\"cases\": %d, \"path\": \"%s\", \"p50Ms\": %.2f, \"p90Ms\": %.2f, \"notOk\": %d, \"bytes\": %d, "
                                            + "\"ratioToSmallest\": %.3f}",
                                    p.cases,
                                    p.path,
                                    p.p50,
                                    p.p90,
                                    p.notOk,
                                    p.bytes,
                                    scaleRatio(p)))
                            .collect(Collectors.joining(",\n")))
                    .append("\n  ],\n");
            b.append(String.format(
                    Locale.ROOT,
                    "  \"startupRatio\": %.3f,\n  \"rssRatio\": %.3f\n}\n",
                    startupSeconds("application")[1] / startupSeconds("minimal")[1],
                    startupRss("application")[1] / startupRss("minimal")[1]));
            return b.toString();
        }

        String markdown() {
            StringBuilder b = new StringBuilder();
            b.append(
                    "| clients | submissions/s | p50 ms | p95 ms | p99 ms | baseline starts/s | p50 ms | p95 ms | p99 ms "
                            + "| throughput ratio | p99 ratio | not ok (A/B) |\n");
            b.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (int clients : options.clients) {
                Summary a = summary(SUBMISSION, clients);
                Summary base = summary(BASELINE, clients);
                b.append(String.format(
                        Locale.ROOT,
                        "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %.2f | %d / %d |\n",
                        clients,
                        a.cell(a.throughput),
                        a.cell(a.p50),
                        a.cell(a.p95),
                        a.cell(a.p99),
                        base.cell(base.throughput),
                        base.cell(base.p50),
                        base.cell(base.p95),
                        base.cell(base.p99),
                        a.throughput[1] / base.throughput[1],
                        a.p99[1] / base.p99[1],
                        a.notOk,
                        base.notOk));
            }
            b.append(String.format(
                    Locale.ROOT,
                    "%nMedian of %d rounds (min–max in brackets), %d s windows after %d s warm-up, "
                            + "%d CPUs, load average at the end %s. Start-up to ready %.1f s; resident memory %d MiB after start, "
                            + "%d MiB after the run. Pool timeouts in the log: %d. E-mails received by the sink: %d.%n",
                    options.rounds,
                    options.window.toSeconds(),
                    options.warmup.toSeconds(),
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage,
                    startupSeconds,
                    rssAfterStartMiB,
                    rssAfterRunMiB,
                    poolTimeouts,
                    mailsReceived));
            if (!drainNote.isEmpty()) {
                b.append(String.format(Locale.ROOT, "%s%n", drainNote));
            }
            if (!lifecycles.isEmpty()) {
                double[] la = lifecycleThroughput(SUBMISSION);
                double[] lb = lifecycleThroughput(BASELINE);
                b.append(String.format(
                        Locale.ROOT,
                        "%n| lifecycle (%d cases, %d clients) | cases/s | ratio |%n|---|---|---|%n"
                                + "| accession: submission → review → registration → confirmation e-mail | %s | %.2f |%n"
                                + "| baseline: start → complete | %s | 1 |%n",
                        options.lifecycleCases,
                        options.lifecycleClients,
                        cell(la, "%.2f"),
                        la[1] / lb[1],
                        cell(lb, "%.2f")));
            }
            if (!startups.isEmpty()) {
                double[] sa = startupSeconds("application");
                double[] sm = startupSeconds("minimal");
                double[] ra = startupRss("application");
                double[] rm = startupRss("minimal");
                b.append(String.format(
                        Locale.ROOT,
                        "%n| start-up (%d starts each, alternating) | seconds to healthy | resident "
                                + "memory MiB |%n|---|---|---|%n| this application | %s | %s |%n| minimal Camunda application "
                                + "(bench/minimal) | %s | %s |%n| ratio | %.2f | %.2f |%n",
                        options.startups,
                        cell(sa, "%.1f"),
                        cell(ra, "%.0f"),
                        cell(sm, "%.1f"),
                        cell(rm, "%.0f"),
                        sa[1] / sm[1],
                        ra[1] / rm[1]));
            }
            return b.append(scaleMarkdown()).toString();
        }

        String scaleMarkdown() {
            StringBuilder b = new StringBuilder();
            if (!scale.isEmpty()) {
                b.append(String.format(
                        Locale.ROOT,
                        "%n| page (%d requests each, after 3 to warm up) | cases | p50 ms | p90 ms "
                                + "| answer bytes | p50 ratio to the smallest | not ok |%n|---|---|---|---|---|---|---|%n",
                        options.scaleRequests));
                for (ScalePoint p : scale) {
                    b.append(String.format(
                            Locale.ROOT,
                            "| `%s` | %,d | %.1f | %.1f | %,d | %.2f | %d |%n",
                            p.path,
                            p.cases,
                            p.p50,
                            p.p90,
                            p.bytes,
                            scaleRatio(p),
                            p.notOk));
                }
            }
            return b.toString();
        }

        private Summary summary(String scenario, int clients) {
            List<Window> ws = windows.stream()
                    .filter(w -> w.scenario.equals(scenario) && w.clients == clients)
                    .toList();
            return new Summary(
                    spread(ws.stream().mapToDouble(Window::throughput).toArray()),
                    spread(ws.stream().mapToDouble(Window::p50).toArray()),
                    spread(ws.stream().mapToDouble(Window::p95).toArray()),
                    spread(ws.stream().mapToDouble(Window::p99).toArray()),
                    ws.stream().mapToInt(Window::notOk).sum());
        }
    }

    /** Each array: min, median, max. */
    record Summary(double[] throughput, double[] p50, double[] p95, double[] p99, int notOk) {
        String cell(double[] v) {
            return v[0] == v[2]
                    ? String.format(Locale.ROOT, "%.1f", v[1])
                    : String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", v[1], v[0], v[2]);
        }

        String json() {
            return String.format(
                    Locale.ROOT,
                    "{\"throughputMedian\": %.2f, \"throughputMin\": %.2f, \"throughputMax\": %.2f, "
                            + "\"p50MsMedian\": %.2f, \"p95MsMedian\": %.2f, \"p99MsMedian\": %.2f, \"p99MsMin\": %.2f, "
                            + "\"p99MsMax\": %.2f, \"notOk\": %d}",
                    throughput[1],
                    throughput[0],
                    throughput[2],
                    p50[1],
                    p95[1],
                    p99[1],
                    p99[0],
                    p99[2],
                    notOk);
        }
    }

    static String cell(double[] v, String format) {
        return v[0] == v[2]
                ? String.format(Locale.ROOT, format, v[1])
                : String.format(Locale.ROOT, format + " (" + format + "–" + format + ")", v[1], v[0], v[2]);
    }

    static double[] spread(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        if (v.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return new double[] {v[0], median, v[v.length - 1]};
    }

    static double percentile(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    // ---- small helpers ----

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static long rssMiB(Process app) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(app.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // not available on this system
        }
        return -1;
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.copyOf(
                            Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        } catch (IOException notLinux) {
            return "unknown";
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return "Bench-" + HexFormat.of().formatHex(bytes) + "!";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted((x, y) -> y.getNameCount() - x.getNameCount())
                        .toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }

    // ---- options ----

    record Options(
            Path jar,
            String classpath,
            List<Integer> clients,
            int rounds,
            Duration warmup,
            Duration window,
            Path out,
            int lifecycleCases,
            int lifecycleClients,
            int startups,
            boolean jfr,
            String registrationReference,
            List<Integer> scale,
            List<String> scalePaths,
            int scaleRequests,
            boolean scaleOnly,
            Duration drainTimeout,
            String appArgs) {

        static final String DEFAULT_SCALE_PATHS = "/anslutna,/anslutna?sortera=datum&ordning=fallande&sida=5,"
                + "/anslutna?typ=KOMMUN&mal=MAKT-1&sortera=typ,/api/register,/api/register.csv,/api/register.xlsx,"
                + "/intern/register,/intern/register?sortera=namn&ordning=fallande&sida=5,/intern/oversikt,/intern/api/overview";

        static Options parse(String[] args) throws IOException {
            Map<String, String> given = new LinkedHashMap<>();
            boolean smoke = false;
            boolean jfr = false;
            boolean scaleOnly = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--smoke")) {
                    smoke = true;
                } else if (args[i].equals("--scale-only")) {
                    scaleOnly = true;
                } else if (args[i].equals("--jfr")) {
                    jfr = true;
                } else if (args[i].startsWith("--") && i + 1 < args.length) {
                    given.put(args[i].substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException(
                            "Unknown argument " + args[i] + " (see the comment at the top of bench/Benchmark.java)");
                }
            }
            String classpath = given.get("classpath");
            // Absolute: the application runs in its temporary data directory.
            Path jar = classpath != null
                    ? null
                    : (given.containsKey("jar") ? Path.of(given.get("jar")) : packagedJar()).toAbsolutePath();
            List<Integer> clients = Arrays.stream(given.getOrDefault("clients", smoke ? "1" : "1,4,16")
                            .split(","))
                    .map(String::trim)
                    .map(Integer::parseInt)
                    .toList();
            int rounds = Integer.parseInt(given.getOrDefault("rounds", smoke ? "1" : "3"));
            Duration warmup = Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", smoke ? "2" : "120")));
            Duration window = Duration.ofSeconds(Long.parseLong(given.getOrDefault("window", smoke ? "3" : "20")));
            Path out = Path.of(given.getOrDefault("out", "target/bench"));
            int lifecycleCases = Integer.parseInt(given.getOrDefault("lifecycle-cases", smoke ? "2" : "40"));
            int lifecycleClients = Integer.parseInt(given.getOrDefault("lifecycle-clients", smoke ? "1" : "4"));
            int startups = Integer.parseInt(given.getOrDefault("startups", smoke ? "1" : "3"));
            String reference = given.getOrDefault("registration-reference", "801-9838-2024");
            List<Integer> scale = Arrays.stream(given.getOrDefault("scale", smoke ? "100" : "1000,10000,100000")
                            .split(","))
                    .map(String::trim)
                    .filter(v -> !v.isEmpty() && !v.equals("0"))
                    .map(Integer::parseInt)
                    .toList();
            // The smoke run's 100 cases fill one register page, so its "later page" is the first (page 5 answers 400).
            List<String> scalePaths = Arrays.stream(given.getOrDefault(
                                    "scale-paths",
                                    smoke ? DEFAULT_SCALE_PATHS.replace("sida=5", "sida=1") : DEFAULT_SCALE_PATHS)
                            .split(","))
                    .map(String::trim)
                    .toList();
            int scaleRequests = Integer.parseInt(given.getOrDefault("scale-requests", smoke ? "2" : "10"));
            return new Options(
                    jar,
                    classpath,
                    clients,
                    rounds,
                    warmup,
                    window,
                    out,
                    lifecycleCases,
                    lifecycleClients,
                    startups,
                    jfr,
                    reference,
                    scale,
                    scalePaths,
                    scaleRequests,
                    scaleOnly,
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("drain-timeout", smoke ? "60" : "600"))),
                    given.getOrDefault("app-args", ""));
        }

        private static Path packagedJar() throws IOException {
            try (var files = Files.list(Path.of("target"))) {
                return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                        .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                        .findFirst()
                        .orElseThrow(() ->
                                new IllegalStateException("No jar in target/: run mvn -q package -DskipTests first"));
            } catch (java.nio.file.NoSuchFileException e) {
                throw new IllegalStateException("No target/ directory: run mvn -q package -DskipTests first");
            }
        }
    }

    // ---- SMTP sink ----

    /** Accepts every e-mail on a free loopback port and throws it away, counting it. */
    static final class SmtpSink implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "smtp-sink");
            t.setDaemon(true);
            return t;
        });
        final AtomicInteger received = new AtomicInteger();
        private final Map<String, AtomicInteger> byRecipient = new java.util.concurrent.ConcurrentHashMap<>();

        SmtpSink() throws IOException {
            connections.submit(this::accept);
        }

        int port() {
            return socket.getLocalPort();
        }

        int receivedBy(String address) {
            AtomicInteger n = byRecipient.get(address.toLowerCase(Locale.ROOT));
            return n == null ? 0 : n.get();
        }

        private void accept() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    connections.submit(() -> session(client));
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void session(Socket client) {
            try (client;
                    BufferedReader in =
                            new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                    OutputStream out = client.getOutputStream()) {
                reply(out, "220 bench-sink ESMTP");
                boolean data = false;
                List<String> recipients = new ArrayList<>();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (data) {
                        if (line.equals(".")) {
                            data = false;
                            received.incrementAndGet();
                            for (String r : recipients) {
                                byRecipient
                                        .computeIfAbsent(r, k -> new AtomicInteger())
                                        .incrementAndGet();
                            }
                            recipients.clear();
                            reply(out, "250 OK");
                        }
                        continue;
                    }
                    String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                    if (command.equals("RCPT")) {
                        int lt = line.indexOf('<');
                        int gt = line.indexOf('>', lt + 1);
                        if (lt >= 0 && gt > lt) {
                            recipients.add(line.substring(lt + 1, gt).toLowerCase(Locale.ROOT));
                        }
                    }
                    switch (command) {
                        case "DATA" -> {
                            data = true;
                            reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        }
                        case "QUIT" -> {
                            reply(out, "221 Bye");
                            return;
                        }
                        default -> reply(out, "250 OK");
                    }
                }
            } catch (IOException gone) {
                // client went away
            }
        }

        private static void reply(OutputStream out, String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            connections.shutdownNow();
        }
    }
}
