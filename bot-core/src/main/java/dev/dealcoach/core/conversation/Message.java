package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the bot says: blocks rendered natively by each channel. */
public record Message(List<Block> blocks) {

    public Message {
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one block");
        }
    }

    public static Message of(Block... blocks) {
        return new Message(Arrays.asList(blocks));
    }

    /** A message of one paragraph in {@link Markup}. */
    public static Message text(String markup) {
        return of(new Block.Text(markup));
    }

    /** This message followed by the blocks of {@code other}. */
    public Message then(Message other) {
        List<Block> all = new ArrayList<>(blocks);
        all.addAll(other.blocks);
        return new Message(all);
    }
}
