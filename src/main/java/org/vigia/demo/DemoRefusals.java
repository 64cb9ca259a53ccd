package org.vigia.demo;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * What the application's rules refused while the generator entered a study, counted by step and message (numbers in
 * the message replaced by {@code #}, so "subject 1017" and "subject 1018" count together). A refusal is expected now
 * and then (a rule doing its job on generated data); the summary is logged at the end of the study so that a
 * generator that fights the rules shows it.
 */
public final class DemoRefusals {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void count(String step, String message) {
        String key = step + ": " + (message == null ? "(no message)" : message.replaceAll("\\d+", "#"));
        counts.computeIfAbsent(key.length() > 240 ? key.substring(0, 240) + "…" : key, k -> new LongAdder()).increment();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Step and message → count, most frequent first. */
    public Map<String, Long> byReason() {
        return counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    @Override
    public String toString() {
        Map<String, Long> reasons = byReason();
        return reasons.isEmpty() ? "none" : reasons.entrySet().stream().limit(12)
                .map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining("; "));
    }
}
