package org.vigia.dosing;

/**
 * One condition of a radiotherapy event rule: a tumour response ({@code response: CR}) or a clinical finding
 * ({@code finding: ULCER}); exactly one of the two.
 */
public record RadiotherapyCondition(String response, String finding) {

    public RadiotherapyCondition {
        if ((response == null) == (finding == null)) {
            throw new IllegalArgumentException("A radiotherapy condition names either a response or a finding");
        }
    }

    boolean holds(RadiotherapyObservation observation) {
        if (response != null) {
            return DoseModificationRule.sameText(response, observation.response());
        }
        return observation.findings().stream().anyMatch(f -> DoseModificationRule.sameText(finding, f));
    }

    String describe() {
        return response != null ? "response " + response : "finding " + finding;
    }
}
