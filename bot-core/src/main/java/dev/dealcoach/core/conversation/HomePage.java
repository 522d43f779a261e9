package dev.dealcoach.core.conversation;

/** What a person sees when they open the bot's home (Slack's App Home, the playground's start page). */
public interface HomePage {

    Message render(Speaker speaker);
}
