package se.lansstyrelsen.jvg.accession;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * What the organisation commits to in its accession: the goals it prioritises, the work it plans and whether it
 * wants an information session.
 */
@Embeddable
public class Commitment {

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "accession_goal", joinColumns = @JoinColumn(name = "accession_id"))
    private List<ChosenGoal> goals = new ArrayList<>();

    @Column(name = "planned_work", nullable = false, length = 2000)
    private String plannedWork;

    @Column(name = "info_session_interest", nullable = false)
    private boolean infoSessionInterest;

    protected Commitment() {}

    /** Takes over the form's goals, planned work and interest (first submission or a completion). */
    void apply(AccessionSubmission s) {
        this.goals.clear();
        this.goals.addAll(s.goals());
        this.plannedWork = s.plannedWork();
        this.infoSessionInterest = s.infoSessionInterest();
    }

    public List<ChosenGoal> goals() {
        return List.copyOf(goals);
    }

    public String plannedWork() {
        return plannedWork;
    }

    public boolean infoSessionInterest() {
        return infoSessionInterest;
    }
}
