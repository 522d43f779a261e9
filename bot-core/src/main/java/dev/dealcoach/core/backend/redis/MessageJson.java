package dev.dealcoach.core.backend.redis;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Outgoing;
import java.util.Map;

/**
 * The JSON shape of what the bot says, as stored in queued envelopes. Each sealed interface is
 * written with a {@code type} property naming its subtype, set here by mix-ins so that the core's
 * message types stay free of Jackson. The names are stored: rename a type in Java freely, never here.
 */
final class MessageJson {

    private MessageJson() {
    }

    /** Target type to mix-in, for {@code MapperBuilder#addMixIns}. */
    static Map<Class<?>, Class<?>> mixIns() {
        return Map.of(
                Outgoing.class, OutgoingMixIn.class,
                Destination.class, DestinationMixIn.class,
                Block.class, BlockMixIn.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Outgoing.Send.class, name = "send"),
            @JsonSubTypes.Type(value = Outgoing.Update.class, name = "update"),
            @JsonSubTypes.Type(value = Outgoing.Write.class, name = "crm-write")})
    private interface OutgoingMixIn {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Destination.DirectMessage.class, name = "dm"),
            @JsonSubTypes.Type(value = Destination.Channel.class, name = "channel"),
            @JsonSubTypes.Type(value = Destination.Thread.class, name = "thread")})
    private interface DestinationMixIn {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
            @JsonSubTypes.Type(value = Block.Text.class, name = "text"),
            @JsonSubTypes.Type(value = Block.Fields.class, name = "fields"),
            @JsonSubTypes.Type(value = Block.Buttons.class, name = "buttons"),
            @JsonSubTypes.Type(value = Block.Choice.class, name = "choice"),
            @JsonSubTypes.Type(value = Block.Form.class, name = "form"),
            @JsonSubTypes.Type(value = Block.Divider.class, name = "divider"),
            @JsonSubTypes.Type(value = Block.Note.class, name = "note"),
            @JsonSubTypes.Type(value = Block.Table.class, name = "table")})
    private interface BlockMixIn {
    }
}
