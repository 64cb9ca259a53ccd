package org.vigia.study.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * A study agent at one protocol dose (protocol treatment section). When the same drug is given at two doses
 * (NCT07041788 cisplatin 25 mg/m² d1-3 in induction and 100 mg/m² over d1-3 concurrently) it is two agents
 * with different ids and the same {@code name}. In YAML the class key is {@code class}.
 *
 * @param dose  protocol dose in {@code unit} per administration (or per cycle, see {@link DoseScope})
 * @param unit  unit as written: "mg/m²", "mg/kg", "mg" (must fit {@code doseBasis})
 * @param route e.g. "IV", "PO"
 */
public record Agent(String id, String name, @JsonProperty("class") AgentClass agentClass, DoseBasis doseBasis,
        BigDecimal dose, String unit, String route, DoseScope doseScope, Integer timesPerDay, Infusion infusion,
        String source, boolean assumption, String note) {

    public Agent {
        doseScope = doseScope == null ? DoseScope.PER_ADMINISTRATION : doseScope;
        timesPerDay = timesPerDay == null ? 1 : timesPerDay;
    }

    /** The {@code {"id","name","class","doseBasis","dose","unit"}} view of this agent. */
    public AgentSummary summary() {
        return new AgentSummary(id, name, agentClass, doseBasis, dose, unit);
    }
}
