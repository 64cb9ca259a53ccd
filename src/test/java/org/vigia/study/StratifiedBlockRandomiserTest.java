package org.vigia.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigia.study.definition.StudyDefinition;

class StratifiedBlockRandomiserTest {

    private static final StudyDefinition GORTEC = StudyDefinitions.get("NCT07264075");
    private static final List<String> CPS = List.of("CPS_1_19", "CPS_GE_20");
    private static final List<String> HPV = List.of("OPC_HPV_POSITIVE", "OTHER");
    private static final List<String> ECOG = List.of("ECOG_0", "ECOG_1");

    @Test
    void usesTheOneToOneToOneRatioAndBlockSizesOfNct07264075() {
        StratifiedBlockRandomiser r = StratifiedBlockRandomiser.forStudy(GORTEC, 1L);
        assertEquals(Map.of("A", 1, "B", 1, "C", 1), r.ratio());
        assertEquals(List.of(3, 6), r.blockSizes());
    }

    @Test
    void everyCompletedBlockHoldsTheArmsInTheRatio() {
        StratifiedBlockRandomiser r = StratifiedBlockRandomiser.forStudy(GORTEC, 20260131L);
        String stratum = key("CPS_GE_20", "OTHER", "ECOG_0");
        List<RandomisationAllocation> list = r.allocationList(stratum, 300);
        Set<Integer> sizesSeen = new HashSet<>();
        int i = 0;
        while (i < list.size()) {
            RandomisationAllocation first = list.get(i);
            assertEquals(1, first.positionInBlock());
            int size = first.blockSize();
            sizesSeen.add(size);
            if (i + size > list.size()) {
                break;
            }
            Map<String, Integer> counts = new HashMap<>();
            for (int k = i; k < i + size; k++) {
                assertEquals(first.blockNumber(), list.get(k).blockNumber());
                counts.merge(list.get(k).armId(), 1, Integer::sum);
            }
            assertEquals(Map.of("A", size / 3, "B", size / 3, "C", size / 3), counts, "block " + first.blockNumber());
            i += size;
        }
        assertEquals(Set.of(3, 6), sizesSeen, "both block sizes of the definition are drawn");
    }

    @Test
    void twoToOneRatioIsKeptInEveryBlock() {
        Map<String, Integer> ratio = new LinkedHashMap<>();
        ratio.put("EXP", 2);
        ratio.put("CTL", 1);
        StratifiedBlockRandomiser r = new StratifiedBlockRandomiser(7L, ratio, List.of(3, 6));
        List<RandomisationAllocation> list = r.allocationList("ALL", 90);
        int i = 0;
        while (i < list.size() && i + list.get(i).blockSize() <= list.size()) {
            int size = list.get(i).blockSize();
            long exp = list.subList(i, i + size).stream().filter(a -> a.armId().equals("EXP")).count();
            assertEquals(2L * size / 3, exp);
            i += size;
        }
    }

    /** 780 subjects (NCT07264075 target) over the 8 strata; imbalance checked after every allocation. */
    @Test
    void perStratumImbalanceStaysWithinTheLargestBlockOver780Subjects() {
        StratifiedBlockRandomiser r = StratifiedBlockRandomiser.forStudy(GORTEC, 987654321L);
        Random subjects = new Random(780);
        Map<String, List<RandomisationAllocation>> byStratum = new HashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        for (int n = 0; n < 780; n++) {
            String stratum = key(CPS.get(subjects.nextInt(2)), HPV.get(subjects.nextInt(2)), ECOG.get(subjects.nextInt(2)));
            RandomisationAllocation a = r.nextAllocation(stratum);
            byStratum.computeIfAbsent(stratum, k -> new ArrayList<>()).add(a);
            totals.merge(a.armId(), 1, Integer::sum);
            BalanceReport report = BalanceReport.of(stratum, byStratum.get(stratum), r.ratio());
            assertTrue(report.largestDeviation().compareTo(BigDecimal.valueOf(6)) <= 0, report.toString());
            // tighter: a partial block of 6 holds 0..2 of each arm, so counts never differ by more than 6/3 = 2
            assertTrue(report.countSpread() <= 2, report.toString());
        }
        assertEquals(8, byStratum.size());
        assertEquals(780, r.counters().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(8, r.balanceByStratum().size());
        for (int count : totals.values()) {
            assertTrue(Math.abs(count - 260) <= 8 * 2, "overall " + totals); // ≤ 2 per stratum × 8 strata
        }
    }

    @Test
    void sameSeedRegeneratesTheSameListAndTheNthAllocationDependsOnlyOnSeedStratumAndN() {
        String stratum = key("CPS_1_19", "OPC_HPV_POSITIVE", "ECOG_1");
        StratifiedBlockRandomiser first = StratifiedBlockRandomiser.forStudy(GORTEC, 42L);
        List<String> arms = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            arms.add(first.nextAllocation(stratum).armId());
        }
        StratifiedBlockRandomiser again = StratifiedBlockRandomiser.forStudy(GORTEC, 42L);
        assertEquals(arms, again.allocationList(stratum, 100).stream().map(RandomisationAllocation::armId).toList());
        assertEquals(arms.get(56), again.allocationAt(stratum, 57).armId());
        // a service restarted with the stored counter continues the same list
        StratifiedBlockRandomiser restored = StratifiedBlockRandomiser.forStudy(GORTEC, 42L, Map.of(stratum, 40));
        assertEquals(arms.get(40), restored.nextAllocation(stratum).armId());
        assertEquals(41, restored.counters().get(stratum));
    }

    @Test
    void differentSeedsOrStrataGiveDifferentLists() {
        String stratum = key("CPS_GE_20", "OTHER", "ECOG_1");
        List<String> a = arms(StratifiedBlockRandomiser.forStudy(GORTEC, 1L), stratum, 60);
        List<String> b = arms(StratifiedBlockRandomiser.forStudy(GORTEC, 2L), stratum, 60);
        assertNotEquals(a, b);
        List<String> other = arms(StratifiedBlockRandomiser.forStudy(GORTEC, 1L), key("CPS_GE_20", "OTHER", "ECOG_0"), 60);
        assertNotEquals(a, other);
    }

    /** Re-implements the algorithm as the Javadoc states it, so a stored list can be verified independently. */
    @Test
    void theDocumentedAlgorithmReproducesTheList() throws Exception {
        long seed = 5551212L;
        String stratum = key("CPS_1_19", "OTHER", "ECOG_0");
        List<String> expected = new ArrayList<>();
        for (int b = 0; expected.size() < 50; b++) {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + "|" + stratum + "|" + b).getBytes(StandardCharsets.UTF_8));
            Random random = new Random(ByteBuffer.wrap(digest, 0, 8).getLong());
            int size = List.of(3, 6).get(random.nextInt(2));
            List<String> block = new ArrayList<>();
            for (String arm : List.of("A", "B", "C")) {
                for (int k = 0; k < size / 3; k++) {
                    block.add(arm);
                }
            }
            for (int i = block.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                String t = block.get(i);
                block.set(i, block.get(j));
                block.set(j, t);
            }
            expected.addAll(block);
        }
        assertEquals(expected.subList(0, 50), arms(StratifiedBlockRandomiser.forStudy(GORTEC, seed), stratum, 50));
    }

    @Test
    void stratumKeyFollowsTheDefinitionAndRejectsUnknownLevels() {
        assertEquals("PDL1_CPS=CPS_GE_20|HPV_OROPHARYNX=OTHER|ECOG=ECOG_0", key("CPS_GE_20", "OTHER", "ECOG_0"));
        assertThrows(IllegalArgumentException.class, () -> StratifiedBlockRandomiser.stratumKey(GORTEC,
                Map.of("PDL1_CPS", "CPS_50", "HPV_OROPHARYNX", "OTHER", "ECOG", "ECOG_0")));
        assertThrows(IllegalArgumentException.class, () -> StratifiedBlockRandomiser.stratumKey(GORTEC,
                Map.of("PDL1_CPS", "CPS_GE_20", "ECOG", "ECOG_0")));
    }

    @Test
    void rejectsBlockSizesThatAreNotMultiplesOfTheRatioAndNonRandomisedStudies() {
        assertThrows(IllegalArgumentException.class,
                () -> new StratifiedBlockRandomiser(1L, Map.of("A", 1, "B", 1, "C", 1), List.of(4)));
        assertThrows(IllegalArgumentException.class,
                () -> StratifiedBlockRandomiser.forStudy(StudyDefinitions.get("NCT07041788"), 1L));
    }

    private static String key(String cps, String hpv, String ecog) {
        return StratifiedBlockRandomiser.stratumKey(GORTEC, Map.of("PDL1_CPS", cps, "HPV_OROPHARYNX", hpv, "ECOG", ecog));
    }

    private static List<String> arms(StratifiedBlockRandomiser r, String stratum, int n) {
        return r.allocationList(stratum, n).stream().map(RandomisationAllocation::armId).toList();
    }
}
