package se.lansstyrelsen.jvg.overview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.lansstyrelsen.jvg.accession.AccessionService;
import se.lansstyrelsen.jvg.accession.FormFields;
import se.lansstyrelsen.jvg.config.AccessionSettings;
import se.lansstyrelsen.jvg.process.AccessionProcess;
import se.lansstyrelsen.jvg.process.AccessionProcess.Elements;
import se.lansstyrelsen.jvg.process.AccessionProcess.Variables;
import se.lansstyrelsen.jvg.process.AccessionProcessGateway;
import se.lansstyrelsen.jvg.strategy.MunicipalityDirectory;
import se.lansstyrelsen.jvg.config.ClockConfig;

/**
 * Profile demo only ({@code accession.demo.sample-data}, on by default there, never in prod: ProductionGuard refuses
 * demo with prod): a sample set for the managers' overview, so the embedded default run shows something. Every
 * organisation's name starts with "Exempel: " (the overview then shows an "Exempeldata" banner); organisation
 * numbers are made up (valid check digit, prefix 2129), e-mail addresses end in .example.
 *
 * <p>The cases run through the real process (start form, jobs, claims and task forms as the caseworkers
 * handlaggare1 and handlaggare2) with the engine's clock set back to the day each step happened, so Camunda's
 * history holds real lead times and Tasklist real open tasks: 18 municipalities, the region, a university and a
 * state agency joined; five municipalities under way (waiting for review and overdue, in review, waiting for a
 * completion, approved, just submitted); one withdrawn, one rejected. Runs once: not when an "Exempel:"
 * organisation exists. Runs before the job executor starts (that happens at ApplicationReadyEvent).
 */
@Component
@Profile("demo")
class SampleData {

  private static final Logger LOG = LoggerFactory.getLogger(SampleData.class);
  private static final String FIRST = "handlaggare1";
  private static final String SECOND = "handlaggare2";

  private final ProcessEngine engine;
  private final AccessionService accessions;
  private final AccessionProcessGateway gateway;
  private final MunicipalityDirectory municipalities;
  private final OverviewQueries queries;
  private final AccessionSettings settings;
  private final Random random = new Random(2026);
  private int organisations;

  SampleData(ProcessEngine engine, AccessionService accessions, AccessionProcessGateway gateway,
      MunicipalityDirectory municipalities, OverviewQueries queries, AccessionSettings settings) {
    this.engine = engine;
    this.accessions = accessions;
    this.gateway = gateway;
    this.municipalities = municipalities;
    this.queries = queries;
    this.settings = settings;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(10)
  public void seed() {
    if (!settings.getDemo().isSampleData() || queries.sampleOrganisations(OverviewService.SAMPLE_PREFIX) > 0) {
      return;
    }
    Instant now = Instant.now();
    try {
      seedAll(now);
      LOG.info("Demo: exempeldata för översikten inlagd ({} organisationer, namn som börjar med \"{}\").",
          organisations, OverviewService.SAMPLE_PREFIX.strip());
    } catch (RuntimeException e) {
      // Sample data must never stop the demo from starting; what was stored stays (and marks the set as seeded).
      LOG.warn("Demo: exempeldata för översikten kunde inte läggas in helt: {}", e.getMessage());
    } finally {
      ClockUtil.reset();
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void seedAll(Instant now) {
    List<String> joined = List.of("1480", "1490", "1481", "1488", "1485", "1496", "1487", "1489", "1482", "1494",
        "1401", "1402", "1441", "1440", "1415", "1493", "1499", "1435");
    for (int i = 0; i < joined.size(); i++) {
      Instant submitted = now.minus(Duration.ofDays(40 + (long) i * 16 + random.nextInt(10))).minus(Duration.ofHours(random.nextInt(6)));
      registered(kommun(joined.get(i)), submitted, i % 6 == 2);
    }
    registered(other("Exempel: Västra Götalandsregionen", "REGION"), now.minus(Duration.ofDays(120)), false);
    registered(other("Exempel: Lärosäte i Väst", "LAROSATE"), now.minus(Duration.ofDays(75)), true);
    registered(other("Exempel: Statlig myndighet i Väst", "STATLIG_MYNDIGHET"), now.minus(Duration.ofDays(52)), false);

    // Under way.
    submit(kommun("1463"), now.minus(Duration.ofDays(14)));                       // waiting for review, overdue
    String inReview = submit(kommun("1491"), now.minus(Duration.ofDays(4)));
    claim(inReview, Elements.REVIEW, SECOND, now.minus(Duration.ofDays(3)));
    Map<String, Object> waiting = kommun("1484");
    String awaiting = submit(waiting, now.minus(Duration.ofDays(12)));
    requestCompletion(awaiting, FIRST, now.minus(Duration.ofDays(11)), now.minus(Duration.ofDays(10)));
    String approved = submit(kommun("1497"), now.minus(Duration.ofDays(9)));
    review(approved, FIRST, now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(6)), approval());
    submit(kommun("1452"), now.minus(Duration.ofHours(20)));

    // Closed without joining.
    String withdrawn = submit(kommun("1419"), now.minus(Duration.ofDays(60)));
    at(now.minus(Duration.ofDays(55)));
    gateway.withdraw(caseNumber(withdrawn), "Vi avvaktar nytt beslut i kommunstyrelsen.");
    runJobs(withdrawn);
    String rejected = submit(kommun("1492"), now.minus(Duration.ofDays(90)));
    review(rejected, SECOND, now.minus(Duration.ofDays(88)), now.minus(Duration.ofDays(85)), Map.of(
        Variables.REVIEW_OUTCOME, "REJECT", Variables.REJECTION_REASON,
        "Beslutet gäller en förvaltning, inte kommunen som helhet."));
    runJobs(rejected);
  }

  /** Submission, review (sometimes with a completion first), registration, confirmation. */
  private void registered(Map<String, Object> form, Instant submitted, boolean withCompletion) {
    String pid = submit(form, submitted);
    String caseworker = random.nextBoolean() ? FIRST : SECOND;
    Instant t = submitted.plus(hours(4, 96));
    if (withCompletion) {
      Instant decided = t.plus(hours(2, 48));
      requestCompletion(pid, caseworker, t, decided);
      t = decided.plus(hours(96, 360));
      complete(pid, form, t);
    }
    Instant reviewed = t.plus(hours(2, 120));
    review(pid, caseworker, t, reviewed, approval());
    Instant registeredAt = reviewed.plus(hours(2, 144));
    complete(pid, Elements.REGISTER, caseworker, registeredAt, Map.of(
        Variables.REGISTRATION_REFERENCE, "801-9838-2024", Variables.GOALS_CONFIRMED, true));
    runJobs(pid);
  }

  private String submit(Map<String, Object> form, Instant when) {
    at(when);
    // The leadership decided a few weeks before the organisation sent the form (never a date in the future).
    form.put(FormFields.DECISION_DATE, LocalDate.ofInstant(when, ClockConfig.SWEDEN).minusDays(14 + random.nextInt(30)).toString());
    engine.getIdentityService().clearAuthentication();
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(AccessionProcess.KEY).latestVersion().singleResult().getId();
    Map<String, Object> variables = new HashMap<>(form);
    for (String key : List.copyOf(form.keySet())) {
      if (key.startsWith("goals") && form.get(key) instanceof List<?> goals) {
        variables.put(key, SpinValues.jsonValue(json(goals)).create());
      }
    }
    String pid = engine.getFormService().submitStartForm(definitionId, variables).getId();
    runJobs(pid);
    return pid;
  }

  private void requestCompletion(String pid, String caseworker, Instant claimed, Instant decided) {
    review(pid, caseworker, claimed, decided, Map.of(Variables.REVIEW_OUTCOME, "REQUEST_COMPLETION",
        Variables.REVIEW_COMMENT, "Protokollsutdraget saknar paragrafnummer."));
    complete(pid, Elements.CONTACT_CONTACT_PERSON, caseworker, decided.plus(Duration.ofHours(1)), Map.of(
        Variables.MISSING_INFORMATION, "Paragrafnummer i protokollsutdraget.", Variables.CONTACT_METHOD, "EMAIL"));
    runJobs(pid);
  }

  /** The organisation's completion arrives through its link. */
  private void complete(String pid, Map<String, Object> form, Instant when) {
    at(when);
    engine.getIdentityService().clearAuthentication();
    String caseNumber = caseNumber(pid);
    accessions.applyCompletion(accessions.idOfCase(caseNumber), form);
    gateway.completionReceived(caseNumber, form);
    runJobs(pid);
  }

  private void review(String pid, String caseworker, Instant claimed, Instant done, Map<String, Object> decision) {
    claim(pid, Elements.REVIEW, caseworker, claimed);
    complete(pid, Elements.REVIEW, caseworker, done, decision);
  }

  private void claim(String pid, String taskKey, String user, Instant when) {
    Task task = task(pid, taskKey);
    if (task.getAssignee() == null) {
      at(when);
      asCaseworker(user);
      engine.getTaskService().claim(task.getId(), user);
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Completes the task as its assignee (claiming it first as the given caseworker when it is in the pool). */
  private void complete(String pid, String taskKey, String user, Instant when, Map<String, Object> form) {
    Task task = task(pid, taskKey);
    at(when);
    String assignee = task.getAssignee();
    if (assignee == null) {
      assignee = user;
      asCaseworker(assignee);
      engine.getTaskService().claim(task.getId(), assignee);
    }
    asCaseworker(assignee);
    engine.getFormService().submitTaskForm(task.getId(), form);
    engine.getIdentityService().clearAuthentication();
    runJobs(pid);
  }

  private Task task(String pid, String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("Sample data: no task " + taskKey + " in " + pid);
    }
    return task;
  }

  /** Runs the instance's due asynchronous continuations (e-mails), as the job executor would. */
  private void runJobs(String pid) {
    engine.getIdentityService().clearAuthentication();
    for (int round = 0; round < 5; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(pid).messages()
          .withRetriesLeft().list();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException e) {
          // An e-mail that cannot go out stays as a job with retries (or an incident), as in real life.
          LOG.warn("Demo: jobb {} i exempeldata misslyckades: {}", job.getId(), e.getMessage());
          return;
        }
      }
    }
  }

  private void asCaseworker(String user) {
    engine.getIdentityService().setAuthentication(user, List.of(AccessionProcess.CASEWORKER_GROUP));
  }

  private String caseNumber(String pid) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult().getBusinessKey();
  }

  private static void at(Instant when) {
    ClockUtil.setCurrentTime(Date.from(when));
  }

  private Duration hours(int min, int max) {
    return Duration.ofHours(min + random.nextInt(max - min + 1));
  }

  private Map<String, Object> approval() {
    return Map.of(Variables.REVIEW_OUTCOME, "APPROVE", Variables.CHECK_DECISION_STATED, true,
        Variables.CHECK_GOALS_CHOSEN, true, Variables.CHECK_CONTACT_COMPLETE, true,
        Variables.CHECK_ORGANISATION_ELIGIBLE, true, Variables.REVIEW_COMMENT, "Komplett.");
  }

  private Map<String, Object> kommun(String code) {
    MunicipalityDirectory.Municipality m = municipalities.byCode(code).orElseThrow();
    Map<String, Object> form = base(OverviewService.SAMPLE_PREFIX + m.officialName(), "KOMMUN", m.name());
    form.put(FormFields.MUNICIPALITY_CODE, code);
    return form;
  }

  private Map<String, Object> other(String name, String type) {
    return base(name, type, "väst");
  }

  private Map<String, Object> base(String name, String type, String slugSource) {
    int n = ++organisations;
    String slug = slugSource.toLowerCase(java.util.Locale.ROOT).replace("å", "a").replace("ä", "a").replace("ö", "o")
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
    form.put(FormFields.PLANNED_WORK, "Exempeldata: vi integrerar jämställdhet i styrning, budget och uppföljning.");
    form.put(FormFields.INFO_SESSION_INTEREST, n % 3 == 0);
    form.put(FormFields.PERSONAL_DATA_CONSENT, true);
    goals(form);
    return form;
  }

  /** One to three goals, weighted like a plausible county: economy and health more often than others. */
  private void goals(Map<String, Object> form) {
    String[][] options = {{"EKONOMI", "EKONOMI-1"}, {"HALSA", "HALSA-1"}, {"EKONOMI", "EKONOMI-1"},
        {"MAKT", "MAKT-1"}, {"UTBILDNING", "UTBILDNING-1"}, {"HALSA", "HALSA-1"}, {"VALD", "VALD-ANNAT"},
        {"OMSORG", "OMSORG-ANNAT"}};
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

  private static String json(List<?> values) {
    return values.stream().map(v -> "\"" + v + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }

  /** A made-up organisation number 2129NN-NNNC with a valid check digit. */
  static String organisationNumber(int n) {
    String nine = String.format("2129%05d", n);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    return nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
  }
}
