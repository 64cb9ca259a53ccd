package org.vigia.ae;

import java.util.List;
import java.util.Map;
import org.vigia.shared.InvalidInput;

/**
 * An AE the service refused: every bad field with its English message (for the API) and the consistency findings
 * (so a screen can show them in the user's language, beside the field each names).
 */
public class AdverseEventInvalid extends InvalidInput {

    private static final long serialVersionUID = 1L;

    private final transient List<AdverseEventFinding> findings;

    public AdverseEventInvalid(String message, Map<String, String> fieldErrors, List<AdverseEventFinding> findings) {
        super(message, fieldErrors);
        this.findings = List.copyOf(findings);
    }

    public List<AdverseEventFinding> findings() {
        return findings;
    }
}
