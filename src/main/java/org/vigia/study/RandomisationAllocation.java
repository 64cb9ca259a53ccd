package org.vigia.study;

/**
 * One position of a stratum's allocation list: the {@code sequenceNumber}-th subject (1-based) of the stratum gets
 * {@code armId}, at {@code positionInBlock} (1-based) of block {@code blockNumber} (1-based) of size
 * {@code blockSize}.
 */
public record RandomisationAllocation(String stratumKey, int sequenceNumber, String armId, int blockNumber,
        int blockSize, int positionInBlock) {
}
