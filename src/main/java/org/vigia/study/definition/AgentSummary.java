package org.vigia.study.definition;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** The agent as other features see it: JSON {@code {"id","name","class","doseBasis","dose","unit"}}. */
@JsonPropertyOrder({"id", "name", "class", "doseBasis", "dose", "unit"})
public record AgentSummary(String id, String name, @JsonProperty("class") AgentClass agentClass, DoseBasis doseBasis,
        BigDecimal dose, String unit) {
}
