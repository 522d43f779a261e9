package dev.dealcoach.core.review;

/** What to do with a deal after a review. */
public enum Verdict {
    /** Qualified and strong: invest. */
    PURSUE,
    /** Qualified, with gaps to close. */
    DEVELOP,
    /** Not worth the time as it stands. */
    DISQUALIFY
}
