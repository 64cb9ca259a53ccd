package org.vigia.ae;

import java.util.List;
import java.util.Map;
import org.vigia.shared.InvalidInput;
import org.vigia.shared.text.Text;

/**
 * An AE the service refused: every bad field with its text (English for the API, the reader's language on screens) and the consistency findings
 * (so a screen can show them in the user's language, beside the field each names).
 */
public class AdverseEventInvalid extends InvalidInput {

    private static final long serialVersionUID = 1L;

    private final transient List<AdverseEventFinding> findings;

    public AdverseEventInvalid(Text message, Map<String, Text> fieldErrors, List<AdverseEventFinding> findings) {
        super(message, fieldErrors);
        this.findings = List.copyOf(findings);
    }

    public List<AdverseEventFinding> findings() {
        return findings;
    }
}
