package org.vigia.study;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.vigia.study.definition.Allocation;
import org.vigia.study.definition.AllocationMethod;
import org.vigia.study.definition.StratificationFactor;
import org.vigia.study.definition.StudyDefinition;

/**
 * Stratified permuted-block randomisation from a seed (NCT07264075: 1:1:1, stratified), reproducible so the list
 * can be regenerated and verified later from the seed alone.
 * <p>
 * Algorithm (fixed; changing it would make stored seeds regenerate different lists): for block {@code b}
 * (0-based) of stratum {@code s}, take the first 8 bytes (big-endian) of SHA-256 over the UTF-8 text
 * {@code seed + "|" + s + "|" + b} as the seed of a {@link java.util.Random} (whose sequence the Java
 * specification fixes). Draw the block size as {@code blockSizes.get(random.nextInt(blockSizes.size()))}; fill
 * the block with each arm {@code ratio(arm) × size / Σratio} times, arms in ratio order; shuffle by
 * Fisher-Yates from the last position down, swapping {@code i} with {@code random.nextInt(i + 1)}.
 * <p>
 * The allocation of the n-th subject of a stratum depends only on (seed, stratum, n), so the service persists the
 * seed and one counter per stratum. {@link #nextAllocation(String)} keeps those counters for convenience; this
 * class is not thread-safe: the service serialises randomisations of one study.
 * <pre>{@code
 * StratifiedBlockRandomiser r = StratifiedBlockRandomiser.forStudy(definition, seed, storedCounters);
 * String stratum = StratifiedBlockRandomiser.stratumKey(definition,
 *         Map.of("PDL1_CPS", "CPS_GE_20", "HPV_OROPHARYNX", "OTHER", "ECOG", "ECOG_0"));
 * RandomisationAllocation a = r.nextAllocation(stratum);   // then store r.counters()
 * }</pre>
 */
public final class StratifiedBlockRandomiser {

    /** Stratum key used when a study has no stratification factors. */
    public static final String SINGLE_STRATUM = "ALL";

    private final long seed;
    private final Map<String, Integer> ratio;
    private final List<Integer> blockSizes;
    private final int ratioSum;
    private final Map<String, Integer> counters;

    /**
     * @param seed       the randomisation seed (keep it secret and stored)
     * @param ratio      weight per arm id, in a fixed order (e.g. A:1, B:1, C:1)
     * @param blockSizes allowed block sizes, each a multiple of the ratio sum
     * @param counters   subjects already allocated per stratum (empty for a new list)
     */
    public StratifiedBlockRandomiser(long seed, Map<String, Integer> ratio, List<Integer> blockSizes,
            Map<String, Integer> counters) {
        if (ratio == null || ratio.isEmpty()) {
            throw new IllegalArgumentException("ratio needs at least one arm");
        }
        if (ratio.values().stream().anyMatch(w -> w == null || w <= 0)) {
            throw new IllegalArgumentException("ratio weights must be positive: " + ratio);
        }
        this.ratio = Collections.unmodifiableMap(new LinkedHashMap<>(ratio));
        this.ratioSum = ratio.values().stream().mapToInt(Integer::intValue).sum();
        if (blockSizes == null || blockSizes.isEmpty()) {
            throw new IllegalArgumentException("at least one block size is required");
        }
        for (Integer size : blockSizes) {
            if (size == null || size <= 0 || size % ratioSum != 0) {
                throw new IllegalArgumentException("block size " + size + " is not a multiple of the ratio sum " + ratioSum);
            }
        }
        this.seed = seed;
        this.blockSizes = List.copyOf(blockSizes);
        this.counters = new HashMap<>(counters == null ? Map.of() : counters);
    }

    public StratifiedBlockRandomiser(long seed, Map<String, Integer> ratio, List<Integer> blockSizes) {
        this(seed, ratio, blockSizes, Map.of());
    }

    /** A randomiser with the ratio and block sizes of a RANDOMISED study definition. */
    public static StratifiedBlockRandomiser forStudy(StudyDefinition definition, long seed, Map<String, Integer> counters) {
        Allocation a = definition.allocation();
        if (a.method() != AllocationMethod.RANDOMISED) {
            throw new IllegalArgumentException(definition.registryId() + " is not randomised (" + a.method() + ")");
        }
        return new StratifiedBlockRandomiser(seed, a.ratio(), a.blockSizes(), counters);
    }

    public static StratifiedBlockRandomiser forStudy(StudyDefinition definition, long seed) {
        return forStudy(definition, seed, Map.of());
    }

    /**
     * The stratum key for a subject: {@code factorId=levelCode} joined by "|" in the definition's factor order,
     * e.g. {@code PDL1_CPS=CPS_GE_20|HPV_OROPHARYNX=OTHER|ECOG=ECOG_0}; {@value #SINGLE_STRATUM} without factors.
     * Throws {@link IllegalArgumentException} for a missing factor or an unknown level.
     */
    public static String stratumKey(StudyDefinition definition, Map<String, String> levelByFactor) {
        List<StratificationFactor> factors = definition.allocation().stratificationFactors();
        if (factors.isEmpty()) {
            return SINGLE_STRATUM;
        }
        StringJoiner key = new StringJoiner("|");
        for (StratificationFactor f : factors) {
            String level = levelByFactor.get(f.id());
            if (level == null || f.findLevel(level).isEmpty()) {
                throw new IllegalArgumentException("Stratification factor " + f.id() + ": level '" + level
                        + "' is not one of " + f.levels().stream().map(l -> l.code()).toList());
            }
            key.add(f.id() + "=" + level);
        }
        for (String given : levelByFactor.keySet()) {
            if (factors.stream().noneMatch(f -> f.id().equals(given))) {
                throw new IllegalArgumentException("Unknown stratification factor " + given);
            }
        }
        return key.toString();
    }

    /** The allocation of the {@code sequenceNumber}-th (1-based) subject of a stratum; depends only on seed, stratum and n. */
    public RandomisationAllocation allocationAt(String stratumKey, int sequenceNumber) {
        if (sequenceNumber < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
        int before = 0;
        for (int b = 0; ; b++) {
            List<String> block = block(stratumKey, b);
            if (sequenceNumber <= before + block.size()) {
                int position = sequenceNumber - before;
                return new RandomisationAllocation(stratumKey, sequenceNumber, block.get(position - 1), b + 1,
                        block.size(), position);
            }
            before += block.size();
        }
    }

    /** The first {@code count} allocations of a stratum (to print, verify or regenerate the list). */
    public List<RandomisationAllocation> allocationList(String stratumKey, int count) {
        List<RandomisationAllocation> list = new ArrayList<>(count);
        int b = 0;
        while (list.size() < count) {
            List<String> block = block(stratumKey, b);
            for (int i = 0; i < block.size() && list.size() < count; i++) {
                list.add(new RandomisationAllocation(stratumKey, list.size() + 1, block.get(i), b + 1, block.size(), i + 1));
            }
            b++;
        }
        return list;
    }

    /** Allocates the next subject of the stratum and advances its counter. */
    public RandomisationAllocation nextAllocation(String stratumKey) {
        int next = counters.getOrDefault(stratumKey, 0) + 1;
        RandomisationAllocation allocation = allocationAt(stratumKey, next);
        counters.put(stratumKey, next);
        return allocation;
    }

    /** Subjects allocated so far per stratum (to persist with the seed). */
    public Map<String, Integer> counters() {
        return Map.copyOf(counters);
    }

    /** Balance of the first {@code subjects} allocations of a stratum. */
    public BalanceReport balance(String stratumKey, int subjects) {
        return BalanceReport.of(stratumKey, allocationList(stratumKey, subjects), ratio);
    }

    /** Balance of each stratum at its current counter. */
    public List<BalanceReport> balanceByStratum() {
        return counters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> balance(e.getKey(), e.getValue())).toList();
    }

    public long seed() {
        return seed;
    }

    public Map<String, Integer> ratio() {
        return ratio;
    }

    public List<Integer> blockSizes() {
        return blockSizes;
    }

    /** Block {@code b} (0-based) of a stratum, as the class Javadoc describes. */
    List<String> block(String stratumKey, int b) {
        Random random = new Random(blockSeed(seed, stratumKey, b));
        int size = blockSizes.get(random.nextInt(blockSizes.size()));
        List<String> block = new ArrayList<>(size);
        for (Map.Entry<String, Integer> e : ratio.entrySet()) {
            int times = e.getValue() * size / ratioSum;
            for (int i = 0; i < times; i++) {
                block.add(e.getKey());
            }
        }
        for (int i = block.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String tmp = block.get(i);
            block.set(i, block.get(j));
            block.set(j, tmp);
        }
        return block;
    }

    static long blockSeed(long seed, String stratumKey, int blockIndex) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + "|" + stratumKey + "|" + blockIndex).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
