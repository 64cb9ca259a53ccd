package org.vigia.bench.engines;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vigia.dosing.AdverseEventSnapshot;
import org.vigia.dosing.DoseDecision;
import org.vigia.dosing.DoseDecisionRequest;
import org.vigia.dosing.DoseModificationPolicy;
import org.vigia.dosing.DosingDefinition;
import org.vigia.study.definition.AgentClass;

/**
 * Dose decisions under the NCT07041788 dose-modification rules: one {@link DoseModificationPolicy#decide} call per
 * operation, cycling through 8 requests (chemotherapy and immunotherapy; none to three open adverse events, some
 * with earlier episodes) whose decisions cover CONTINUE, HOLD with and without reduction, and DISCONTINUE.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DoseDecisionBenchmark {

    private DoseModificationPolicy policy;
    private DoseDecisionRequest[] requests;
    private int next;

    @Setup
    public void setUp() {
        policy = loadPolicy();
        requests = mix().toArray(DoseDecisionRequest[]::new);
        for (DoseDecisionRequest r : requests) {
            policy.decide(r); // fails fast on a request the policy refuses
        }
    }

    @Benchmark
    public DoseDecision decide() {
        return policy.decide(requests[next++ & (requests.length - 1)]);
    }

    /** The NCT07041788 rules, from the study definition the product ships ({@code config/studies}). */
    static DoseModificationPolicy loadPolicy() {
        return DosingDefinition.of(org.vigia.study.definition.StudyDefinitionCatalog.loadFromClasspath("studies/")
                .get("NCT07041788")).doseModificationPolicy();
    }

    static List<DoseDecisionRequest> mix() {
        AgentClass chemo = AgentClass.CHEMOTHERAPY;
        AgentClass io = AgentClass.IMMUNOTHERAPY;
        return List.of(
                request("docetaxel", chemo, "100", 0, List.of()),
                request("docetaxel", chemo, "100", 0, List.of(ae("Fatigue", 1, false), ae("Nausea", 2, false))),
                request("docetaxel", chemo, "100", 0, List.of(ae("Neutrophil count decreased", 3, false))),
                request("cisplatin", chemo, "80", 1, List.of(ae("Neutrophil count decreased", 3, false),
                        ae("Mucositis oral", 2, false)), List.of(ae("Neutrophil count decreased", 3, false))),
                request("iparomlimab/tuvonralimab", io, "100", 0, List.of(ae("Colitis", 3, true))),
                request("iparomlimab/tuvonralimab", io, "100", 0, List.of(ae("Hypothyroidism", 2, true),
                        ae("Rash maculo-papular", 1, true), ae("Fatigue", 1, false))),
                request("iparomlimab/tuvonralimab", io, "100", 0, List.of(ae("Pneumonitis", 4, true))),
                request("docetaxel", chemo, "100", 0, List.of(ae("Febrile neutropenia", 4, false),
                        ae("Dermatitis radiation", 2, false))));
    }

    private static DoseDecisionRequest request(String agent, AgentClass agentClass, String percent, int reductions,
                                               List<AdverseEventSnapshot> open) {
        return request(agent, agentClass, percent, reductions, open, List.of());
    }

    private static DoseDecisionRequest request(String agent, AgentClass agentClass, String percent, int reductions,
                                               List<AdverseEventSnapshot> open, List<AdverseEventSnapshot> previous) {
        return new DoseDecisionRequest(agent, agentClass, new BigDecimal(percent), reductions, open, previous);
    }

    private static AdverseEventSnapshot ae(String term, int grade, boolean immuneRelated) {
        return AdverseEventSnapshot.of(term, grade, immuneRelated);
    }
}
