package dev.dealcoach.core.conversation;

import java.util.List;

/** One feature's part of a person's home (their deals; later their forecast, their week). */
public interface HomeSection {

    /** The section's blocks, or none when it has nothing to show this person. */
    List<Block> render(Speaker speaker);
}
