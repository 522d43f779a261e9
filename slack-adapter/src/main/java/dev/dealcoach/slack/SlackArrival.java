package dev.dealcoach.slack;

import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.pipeline.InboundPipeline.Answering;
import java.util.function.Function;

/**
 * A Slack payload read by {@link SlackInbound}: who sent it, which delivery it is, where it
 * happened and what they did. {@link SlackAdapter} adds what needs the Web API (the sender's
 * email, a modal, an ephemeral answer) to make the pipeline's arrival of it.
 *
 * @param slackUserId the sender's Slack user id
 * @param deliveryId  unique per delivery and stable across Slack's retries ({@code slack:event:Ev123})
 * @param place       where it happened, given the person the sender turns out to be (a DM is theirs)
 * @param answering   whether the bot answers always, or only while a flow waits there (plain thread replies)
 * @param inbound     what they did, given who and where
 * @param triggerId   lets a form open as a modal at once (valid 3 s); null when the payload has none
 * @param channelId   where the user spoke, for a private answer when they are not in the org; may be null
 */
record SlackArrival(String slackUserId, String deliveryId, Function<String, Destination> place, Answering answering,
                    Function<Origin, Inbound> inbound, String triggerId, String channelId) {
}
