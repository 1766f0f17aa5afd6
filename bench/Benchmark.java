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
 * {@code --out DIR}, {@code --smoke} (1 client, 1 round, 2 s warm-up, 3 s windows).
 */
public class Benchmark {

  static final String SUBMISSION = "submission";
  static final String BASELINE = "baseline";

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    int exit = new Benchmark(options).run();
    System.exit(exit);
  }

  private final Options options;
  private final String adminPassword = randomPassword();
  private final AtomicInteger organisationSequence = new AtomicInteger();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private String baseUrl;

  Benchmark(Options options) {
    this.options = options;
  }

  int run() throws Exception {
    Files.createDirectories(options.out);
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
            List<String> order = round % 2 == 1 ? List.of(SUBMISSION, BASELINE) : List.of(BASELINE, SUBMISSION);
            for (String scenario : order) {
              Window w = measure(scenario, clients, options.window, round);
              windows.add(w);
              log("%-10s clients %2d round %d: %7.1f/s p50 %6.1f ms p99 %7.1f ms, %d not ok", scenario, clients,
                  round, w.throughput(), w.p50, w.p99, w.notOk);
            }
          }
        }
        long rssAfterRun = rssMiB(app);
        stop(app);
        String log = Files.readString(appLog);
        Result result = new Result(Instant.now().toString(), options, startupSeconds, rssAfterStart, rssAfterRun,
            count(log, "Connection is not available"), smtp.received.get(), loadAverage(), windows);
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
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (options.classpath != null) {
      command.addAll(List.of("-cp", options.classpath, "se.lansstyrelsen.jvg.AccessionApplication"));
    } else {
      command.addAll(List.of("-jar", options.jar.toString()));
    }
    command.addAll(List.of(
        "--server.address=127.0.0.1",
        "--server.port=" + port,
        "--spring.profiles.active=demo,bench",
        // The demo profile's sample set for the overview would lengthen the start and add open cases.
        "--accession.demo.sample-data=false",
        "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("accession").toAbsolutePath(),
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + smtpPort,
        "--camunda.bpm.admin-user.password=" + adminPassword,
        // The public API's per-client rate limit (20 per 10 minutes) would stop the measurement at once.
        "--accession.public-form.rate-limit-requests=1000000000",
        "--accession.public-base-url=" + baseUrl));
    log("starting %s", String.join(" ", command).replace(adminPassword, "***")
        .replace(String.valueOf(options.classpath), "<classpath>"));
    return new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
        .redirectOutput(appLog.toFile()).start();
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
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
    if (authenticated) {
      request.header("Authorization", basicAuth());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
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
      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      return new Window(scenario, clients, round, seconds, ok, notOk, serverErrors,
          percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
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
        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
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
    int n = organisationSequence.getAndIncrement();
    String token = "bench-" + n + "-csrf-token-value";
    String body = """
        {"organisationName":"Benchmarkkommun %1$d","organisationNumber":"%2$s","organisationType":"KOMMUN",\
        "municipalityCode":"1480","contactName":"Kim Kontakt","contactTitle":"Jämställdhetsstrateg",\
        "contactEmail":"kontakt%1$d@kommun.example","contactPhone":"031-123 45 67","decisionBody":"Kommunstyrelsen",\
        "decisionDate":"2026-10-01","decisionReference":"KS § %1$d","goalsMakt":["MAKT-1"],\
        "plannedWork":"Vi integrerar jämställdhet i styrning och uppföljning.","infoSessionInterest":true,\
        "personalDataConsent":true}""".formatted(n, organisationNumber(n));
    return HttpRequest.newBuilder(URI.create(baseUrl + "/api/accessions")).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Cookie", "XSRF-TOKEN=" + token)
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
  }

  private HttpRequest baselineStart() {
    return HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/process-definition/key/benchBaseline/start"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Authorization", basicAuth())
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
  }

  private String basicAuth() {
    return "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
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

  // ---- results ----

  static final class ClientResult {
    final List<Long> latencies = new ArrayList<>();
    int ok;
    int notOk;
    int serverErrors;
  }

  /** One measured window; latencies in milliseconds. */
  record Window(String scenario, int clients, int round, double seconds, int ok, int notOk, int serverErrors,
      double p50, double p95, double p99) {
    double throughput() {
      return ok / seconds;
    }
  }

  record Result(String finishedAt, Options options, double startupSeconds, long rssAfterStartMiB,
      long rssAfterRunMiB, int poolTimeouts, int mailsReceived, String loadAverage, List<Window> windows) {

    String json() {
      StringBuilder b = new StringBuilder("{\n");
      b.append("  \"finishedAt\": \"").append(finishedAt).append("\",\n");
      b.append("  \"cpus\": ").append(Runtime.getRuntime().availableProcessors()).append(",\n");
      b.append("  \"loadAverageAtEnd\": \"").append(loadAverage).append("\",\n");
      b.append("  \"warmupSeconds\": ").append(options.warmup.toSeconds()).append(",\n");
      b.append("  \"windowSeconds\": ").append(options.window.toSeconds()).append(",\n");
      b.append("  \"rounds\": ").append(options.rounds).append(",\n");
      b.append("  \"startupSeconds\": ").append(num(startupSeconds)).append(",\n");
      b.append("  \"rssAfterStartMiB\": ").append(rssAfterStartMiB).append(",\n");
      b.append("  \"rssAfterRunMiB\": ").append(rssAfterRunMiB).append(",\n");
      b.append("  \"poolTimeoutsInLog\": ").append(poolTimeouts).append(",\n");
      b.append("  \"mailsReceived\": ").append(mailsReceived).append(",\n");
      b.append("  \"windows\": [\n");
      b.append(windows.stream().map(w -> String.format(Locale.ROOT,
          "    {\"scenario\": \"%s\", \"clients\": %d, \"round\": %d, \"seconds\": %.2f, \"ok\": %d, \"notOk\": %d, "
              + "\"serverErrors\": %d, \"throughput\": %.2f, \"p50Ms\": %.2f, \"p95Ms\": %.2f, \"p99Ms\": %.2f}",
          w.scenario, w.clients, w.round, w.seconds, w.ok, w.notOk, w.serverErrors, w.throughput(), w.p50, w.p95,
          w.p99)).collect(Collectors.joining(",\n")));
      b.append("\n  ],\n  \"summary\": [\n");
      List<String> rows = new ArrayList<>();
      for (int clients : options.clients) {
        Summary a = summary(SUBMISSION, clients);
        Summary base = summary(BASELINE, clients);
        rows.add(String.format(Locale.ROOT, "    {\"clients\": %d, \"submission\": %s, \"baseline\": %s, "
                + "\"throughputRatio\": %.3f, \"p99Ratio\": %.3f}", clients, a.json(), base.json(),
            a.throughput[1] / base.throughput[1], a.p99[1] / base.p99[1]));
      }
      b.append(String.join(",\n", rows)).append("\n  ]\n}\n");
      return b.toString();
    }

    String markdown() {
      StringBuilder b = new StringBuilder();
      b.append("| clients | submissions/s | p50 ms | p95 ms | p99 ms | baseline starts/s | p50 ms | p95 ms | p99 ms "
          + "| throughput ratio | p99 ratio | not ok (A/B) |\n");
      b.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
      for (int clients : options.clients) {
        Summary a = summary(SUBMISSION, clients);
        Summary base = summary(BASELINE, clients);
        b.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %.2f | %d / %d |\n",
            clients, a.cell(a.throughput), a.cell(a.p50), a.cell(a.p95), a.cell(a.p99), base.cell(base.throughput),
            base.cell(base.p50), base.cell(base.p95), base.cell(base.p99), a.throughput[1] / base.throughput[1],
            a.p99[1] / base.p99[1], a.notOk, base.notOk));
      }
      b.append(String.format(Locale.ROOT, "%nMedian of %d rounds (min–max in brackets), %d s windows after %d s warm-up, "
              + "%d CPUs, load average at the end %s. Start-up to ready %.1f s; resident memory %d MiB after start, "
              + "%d MiB after the run. Pool timeouts in the log: %d. E-mails received by the sink: %d.%n",
          options.rounds, options.window.toSeconds(), options.warmup.toSeconds(),
          Runtime.getRuntime().availableProcessors(), loadAverage, startupSeconds, rssAfterStartMiB, rssAfterRunMiB,
          poolTimeouts, mailsReceived));
      return b.toString();
    }

    private Summary summary(String scenario, int clients) {
      List<Window> ws = windows.stream().filter(w -> w.scenario.equals(scenario) && w.clients == clients).toList();
      return new Summary(spread(ws.stream().mapToDouble(Window::throughput).toArray()),
          spread(ws.stream().mapToDouble(Window::p50).toArray()), spread(ws.stream().mapToDouble(Window::p95).toArray()),
          spread(ws.stream().mapToDouble(Window::p99).toArray()), ws.stream().mapToInt(Window::notOk).sum());
    }
  }

  /** Each array: min, median, max. */
  record Summary(double[] throughput, double[] p50, double[] p95, double[] p99, int notOk) {
    String cell(double[] v) {
      return v[0] == v[2] ? String.format(Locale.ROOT, "%.1f", v[1])
          : String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", v[1], v[0], v[2]);
    }

    String json() {
      return String.format(Locale.ROOT, "{\"throughputMedian\": %.2f, \"throughputMin\": %.2f, \"throughputMax\": %.2f, "
              + "\"p50MsMedian\": %.2f, \"p95MsMedian\": %.2f, \"p99MsMedian\": %.2f, \"p99MsMin\": %.2f, "
              + "\"p99MsMax\": %.2f, \"notOk\": %d}", throughput[1], throughput[0], throughput[2], p50[1], p95[1], p99[1],
          p99[0], p99[2], notOk);
    }
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
      return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
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
        for (Path p : paths.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
  }

  // ---- options ----

  record Options(Path jar, String classpath, List<Integer> clients, int rounds, Duration warmup, Duration window,
      Path out) {

    static Options parse(String[] args) throws IOException {
      Map<String, String> given = new LinkedHashMap<>();
      boolean smoke = false;
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--smoke")) {
          smoke = true;
        } else if (args[i].startsWith("--") && i + 1 < args.length) {
          given.put(args[i].substring(2), args[++i]);
        } else {
          throw new IllegalArgumentException("Unknown argument " + args[i] + " (see the comment at the top of bench/Benchmark.java)");
        }
      }
      String classpath = given.get("classpath");
      Path jar = classpath != null ? null : given.containsKey("jar") ? Path.of(given.get("jar")) : packagedJar();
      List<Integer> clients = Arrays.stream(given.getOrDefault("clients", smoke ? "1" : "1,4,16").split(","))
          .map(String::trim).map(Integer::parseInt).toList();
      int rounds = Integer.parseInt(given.getOrDefault("rounds", smoke ? "1" : "3"));
      Duration warmup = Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", smoke ? "2" : "120")));
      Duration window = Duration.ofSeconds(Long.parseLong(given.getOrDefault("window", smoke ? "3" : "20")));
      Path out = Path.of(given.getOrDefault("out", "target/bench"));
      return new Options(jar, classpath, clients, rounds, warmup, window, out);
    }

    private static Path packagedJar() throws IOException {
      try (var files = Files.list(Path.of("target"))) {
        return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
            .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).findFirst()
            .orElseThrow(() -> new IllegalStateException("No jar in target/: run mvn -q package -DskipTests first"));
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

    SmtpSink() throws IOException {
      connections.submit(this::accept);
    }

    int port() {
      return socket.getLocalPort();
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
          BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
          OutputStream out = client.getOutputStream()) {
        reply(out, "220 bench-sink ESMTP");
        boolean data = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (data) {
            if (line.equals(".")) {
              data = false;
              received.incrementAndGet();
              reply(out, "250 OK");
            }
            continue;
          }
          String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
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
