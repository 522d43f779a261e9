package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.List;

/** What a person sees when they open the bot's home (Slack's App Home, the playground's start page): each feature's section. */
public final class HomePage {

    private final List<HomeSection> sections;

    public HomePage(List<HomeSection> sections) {
        this.sections = List.copyOf(sections);
    }

    public Message render(Speaker speaker) {
        List<Block> blocks = new ArrayList<>();
        for (HomeSection section : sections) {
            List<Block> part = section.render(speaker);
            if (!part.isEmpty() && !blocks.isEmpty()) {
                blocks.add(new Block.Divider());
            }
            blocks.addAll(part);
        }
        return blocks.isEmpty() ? Message.text("Nothing here yet. Type `help` in a message to me to see what I can do.")
                : new Message(blocks);
    }
}
