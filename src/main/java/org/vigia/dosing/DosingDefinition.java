package org.vigia.dosing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigia.study.definition.AgentClass;

/**
 * The dosing sections of a study definition: agents and their doses, the pre-cycle lab gate, the dose-modification
 * table and the radiotherapy courses and event rules. Bound from YAML with Jackson (records, unknown keys refused).
 * Every rule carries {@code source:} (the protocol sentence) or {@code assumption: true} with a {@code note:}.
 * <pre>{@code
 * DosingDefinition d = DosingDefinition.read(getClass().getResourceAsStream("/dosing/NCT07041788.yaml"));
 * }</pre>
 *
 * @param registryId             trial registry id ("NCT07041788")
 * @param agents                 the agents
 * @param preCycleLabs           the pre-cycle lab gate, or null when the study has none
 * @param doseModification       the dose-modification table
 * @param radiotherapyCourses    prescribed radiotherapy courses (may be empty)
 * @param radiotherapyEventRules radiotherapy event rules (may be empty)
 */
public record DosingDefinition(String registryId, List<AgentDosing> agents, PreCycleLabCriteria preCycleLabs,
                               DoseModificationRules doseModification,
                               List<RadiotherapyPrescription> radiotherapyCourses,
                               List<RadiotherapyEventRule> radiotherapyEventRules) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public DosingDefinition {
        Objects.requireNonNull(registryId, "registryId");
        agents = agents == null ? List.of() : List.copyOf(agents);
        Objects.requireNonNull(doseModification, "doseModification of " + registryId);
        radiotherapyCourses = radiotherapyCourses == null ? List.of() : List.copyOf(radiotherapyCourses);
        radiotherapyEventRules = radiotherapyEventRules == null ? List.of() : List.copyOf(radiotherapyEventRules);
    }

    /**
     * Reads a definition from YAML.
     *
     * @throws IllegalArgumentException when the YAML is malformed or a rule is invalid (the message says which)
     */
    public static DosingDefinition read(InputStream yaml) {
        Objects.requireNonNull(yaml, "yaml");
        try (yaml) {
            return YAML.readValue(yaml, DosingDefinition.class);
        } catch (IOException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new IllegalArgumentException("Invalid dosing definition: " + cause.getMessage(), e);
        }
    }

    /** The first agent with this name (case-insensitive), whatever its phase. */
    public Optional<AgentDosing> findAgent(String name) {
        return agents.stream().filter(a -> DoseModificationRule.sameText(a.name(), name)).findFirst();
    }

    /** The agent with this name and phase (case-insensitive). */
    public Optional<AgentDosing> findAgent(String name, String phase) {
        return agents.stream().filter(a -> DoseModificationRule.sameText(a.name(), name)
                && (phase == null ? a.phase() == null : DoseModificationRule.sameText(phase, a.phase()))).findFirst();
    }

    /** The class of an agent, for dose decisions keyed by agent name. */
    public Optional<AgentClass> findAgentClass(String name) {
        return findAgent(name).map(AgentDosing::agentClass);
    }

    /** The prescription of a radiotherapy course by name. */
    public Optional<RadiotherapyPrescription> findRadiotherapyCourse(String course) {
        return radiotherapyCourses.stream().filter(c -> DoseModificationRule.sameText(c.course(), course)).findFirst();
    }

    /** A policy over this definition's dose-modification table. */
    public DoseModificationPolicy doseModificationPolicy() {
        return new DoseModificationPolicy(doseModification);
    }
}
