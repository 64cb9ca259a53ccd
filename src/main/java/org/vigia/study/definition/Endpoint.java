package org.vigia.study.definition;

import java.util.List;

/**
 * A study endpoint with its event definition, quoted from the registry in {@code definition}.
 * For time-to-event endpoints: {@code origin} (ENROLMENT, RANDOMISATION, FIRST_RESPONSE) and the {@code events}
 * that end it (e.g. NCT07041788 EFS: PROGRESSION, LOCOREGIONAL_PROGRESSION, DISTANT_METASTASIS, RECURRENCE,
 * DEATH_ANY_CAUSE); {@code landmarkMonths} for a rate at a fixed time ("2-year EFS rate" = 24). For response
 * rates: the {@code responses} that count (CR, PR; DCR adds SD).
 */
public record Endpoint(String id, String name, EndpointCategory category, EndpointType type, String origin,
        List<String> events, List<String> responses, Integer landmarkMonths, String timeFrame, String instrument,
        String definition, boolean assumption, String note) {

    public Endpoint {
        events = Lists.copy(events);
        responses = Lists.copy(responses);
    }
}
