package se.lansstyrelsen.jvg.accession;

/**
 * A status change the state machine does not allow from the case's current status; nothing was
 * changed. The message is Swedish, for the person whose action was refused.
 */
public class IllegalTransitionException extends RuntimeException {

  IllegalTransitionException(String caseNumber, AccessionStatus from, AccessionStatus to) {
    super("Ärendet " + caseNumber + " har status \"" + from.label() + "\" och kan inte ändras till \"" + to.label()
        + "\". Ladda om ärendet och se vad som har hänt.");
  }
}
