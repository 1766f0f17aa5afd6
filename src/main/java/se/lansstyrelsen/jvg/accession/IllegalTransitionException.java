package se.lansstyrelsen.jvg.accession;

import static se.lansstyrelsen.jvg.config.Texts.text;

/**
 * A status change the state machine does not allow from the case's current status; nothing was
 * changed. The message is Swedish, for the person whose action was refused.
 */
public class IllegalTransitionException extends RuntimeException {

    IllegalTransitionException(String caseNumber, AccessionStatus from, AccessionStatus to) {
        super(text("accession.transition.illegal", caseNumber, from.label(), to.label()));
    }
}
