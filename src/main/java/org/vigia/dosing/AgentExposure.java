package org.vigia.dosing;

/**
 * A subject's exposure to one agent of the study definition.
 *
 * @param agentId         agent id
 * @param agentName       agent name
 * @param cycleLengthDays cycle length used for the dose intensity
 * @param exposure        cumulative dose, RDI, holds, reductions and discontinuations
 */
public record AgentExposure(String agentId, String agentName, int cycleLengthDays, Exposure exposure) {
}
