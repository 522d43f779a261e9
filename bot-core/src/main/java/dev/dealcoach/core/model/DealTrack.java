package dev.dealcoach.core.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a deal's recorded changes say this quarter, as the slip-risk rules read it.
 *
 * @param pushes               close-date changes to a later date
 * @param daysPushed           days the close date moved later, all pushes added
 * @param downgradedFromCommit called Commit this quarter and not now
 * @param amountDropPercent    how far the amount is below its high, in percent (0 when it is not)
 * @param daysInStage          days since it entered its stage; empty before a stage change is recorded
 */
public record DealTrack(int pushes, long daysPushed, boolean downgradedFromCommit, BigDecimal amountDropPercent,
                        Optional<Long> daysInStage) {

    /** No history known. */
    public static final DealTrack NONE = new DealTrack(0, 0, false, BigDecimal.ZERO, Optional.empty());
}
