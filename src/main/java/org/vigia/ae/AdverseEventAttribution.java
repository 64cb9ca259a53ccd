package org.vigia.ae;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * The investigator's causality assessment (CDASH AEREL, CTEP five-point scale) and the action taken (AEACN) for one
 * study agent of the subject's arm, or for radiotherapy ({@link #RADIOTHERAPY}).
 */
@Entity
@Table(name = "adverse_event_attribution")
public class AdverseEventAttribution {

    /** The agent id under which the attribution to radiotherapy is kept. */
    public static final String RADIOTHERAPY = "RADIOTHERAPY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "adverse_event_id", nullable = false, updatable = false)
    private AdverseEvent adverseEvent;

    @Column(name = "agent_id", nullable = false)
    private String agentId;

    @Column(name = "agent_name", nullable = false)
    private String agentName;

    private String causality;

    @Column(name = "action_taken")
    private String actionTaken;

    protected AdverseEventAttribution() {
    }

    AdverseEventAttribution(AdverseEvent adverseEvent, String agentId, String agentName) {
        this.adverseEvent = adverseEvent;
        this.agentId = agentId;
        this.agentName = agentName;
    }

    void assess(Causality newCausality, ActionTaken newAction) {
        this.causality = newCausality == null ? null : newCausality.name();
        this.actionTaken = newAction == null ? null : newAction.name();
    }

    public Optional<Causality> causalityValue() {
        return causality == null ? Optional.empty() : Optional.of(Causality.valueOf(causality));
    }

    public Optional<ActionTaken> actionTakenValue() {
        return actionTaken == null ? Optional.empty() : Optional.of(ActionTaken.valueOf(actionTaken));
    }

    public boolean isRadiotherapy() {
        return RADIOTHERAPY.equals(agentId);
    }

    public Long getId() { return id; }
    public String getAgentId() { return agentId; }
    public String getAgentName() { return agentName; }
    public String getCausality() { return causality; }
    public String getActionTaken() { return actionTaken; }
}
