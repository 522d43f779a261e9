package dev.dealcoach.teams;

import static dev.dealcoach.teams.TeamsFixtures.activity;
import static dev.dealcoach.teams.TeamsFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Serialization;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.Platform;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bot Framework activities, from the documented fixtures, read into what the core is handed. */
class TeamsInboundTest {

    private static final String SALES = "19:sales@thread.tacv2;messageid=1:1700000000123";

    /** What the core gets from the activity once the sender turns out to be {@code person}, if anything. */
    private static Optional<Inbound> inboundOf(Activity activity, String person) {
        Origin origin = new Origin(person, TeamsInbound.place(activity, person), TeamsInbound.deliveryId(activity));
        return TeamsInbound.inbound(activity).map(inbound -> inbound.apply(origin));
    }

    private static Activity says(String person, String text) {
        Map<String, String> values = person(person);
        values.put("text", text == null ? "null" : TextNode.valueOf(text).toString());
        return activity("personal-message.json", values);
    }

    private static Activity mentionsTheBotInSales(String text) {
        Map<String, String> values = person("mo");
        values.put("text", text);
        return activity("channel-mention.json", values);
    }

    private static Activity presses(String person, String value) {
        Map<String, String> values = person(person);
        values.put("replyTo", "1:1700000009999");
        values.put("value", value);
        return activity("card-submit.json", values);
    }

    @Test
    void theDeliveryIdIsTheConversationAndTheActivity() {
        assertThat(TeamsInbound.deliveryId(says("ria", "help"))).isEqualTo("teams:a:1ria:1:1700000000123");
        assertThat(TeamsInbound.deliveryId(mentionsTheBotInSales("help"))).isEqualTo("teams:" + SALES + ":1:1700000000123");
    }

    @Test
    void aPersonalMessageIsTextInThePersonsDm() {
        Activity activity = says("ria", "  review globex  ");

        assertThat(TeamsInbound.isChannel(activity)).isFalse();
        assertThat(TeamsInbound.place(activity, "ria")).isEqualTo(Destination.dm("ria"));
        assertThat(inboundOf(activity, "ria")).contains(new Inbound.Text(
                new Origin("ria", Destination.dm("ria"), "teams:a:1ria:1:1700000000123"), "review globex"));
    }

    @Test
    void aPersonalMessageWithoutTextIsNotForTheBot() {
        assertThat(inboundOf(says("ria", null), "ria")).isEmpty();
    }

    @Test
    void aChannelMentionIsTheTextWithoutTheMentionInThatChannelsConversation() {
        Activity activity = mentionsTheBotInSales("review umbrella");

        Destination sales = new Destination.Channel(Platform.TEAMS, SALES);
        assertThat(TeamsInbound.isChannel(activity)).isTrue();
        assertThat(TeamsInbound.place(activity, "mo")).isEqualTo(sales);
        assertThat(inboundOf(activity, "mo")).contains(new Inbound.Text(
                new Origin("mo", sales, "teams:" + SALES + ":1:1700000000123"), "review umbrella"));
    }

    @Test
    void channelTextThatDoesNotMentionTheBotIsNotForTheBot() {
        Activity activity = mentionsTheBotInSales("review umbrella");
        activity.setText("review umbrella");
        activity.setEntities(List.of());

        assertThat(TeamsInbound.inbound(activity)).isEmpty();
    }

    @Test
    void channelTextThatMentionsSomeoneElseIsNotForTheBot() {
        Activity activity = mentionsTheBotInSales("review umbrella");
        activity.setText("<at>Ana</at> review umbrella");
        Entity mention = activity.getEntities().get(0);
        mention.getProperties().put("mentioned", Serialization.objectToTree(
                new ChannelAccount("29:1ana", "Ana")));
        mention.getProperties().put("text", Serialization.objectToTree("<at>Ana</at>"));

        assertThat(TeamsInbound.inbound(activity)).isEmpty();
    }

    @Test
    void aGroupChatIsItsOwnConversationLikeAChannel() {
        Activity activity = mentionsTheBotInSales("deal umbrella");
        activity.getConversation().setConversationType("groupChat");
        activity.getConversation().setId("19:group@thread.v2");

        Destination group = new Destination.Channel(Platform.TEAMS, "19:group@thread.v2");
        assertThat(TeamsInbound.place(activity, "mo")).isEqualTo(group);
        assertThat(inboundOf(activity, "mo")).contains(new Inbound.Text(
                new Origin("mo", group, "teams:19:group@thread.v2:1:1700000000123"), "deal umbrella"));
    }

    @Test
    void groupChatTextThatDoesNotMentionTheBotIsNotForTheBot() {
        Activity activity = says("mo", "lunch?");
        activity.getConversation().setConversationType("groupChat");

        assertThat(TeamsInbound.inbound(activity)).isEmpty();
    }

    @Test
    void channelTextToARecipientWithoutAnIdIsNotForTheBot() {
        Activity activity = mentionsTheBotInSales("help");
        activity.setRecipient(new ChannelAccount(null, "DealCoach"));

        assertThat(inboundOf(activity, "mo")).isEmpty();
    }

    @Test
    void aConversationOfATypeItDoesNotKnowIsNotTakenForAPersonalChat() {
        Activity activity = says("ria", "help");
        activity.getConversation().setConversationType("somethingNew");

        assertThat(TeamsInbound.isChannel(activity)).isTrue();
        assertThat(TeamsInbound.place(activity, "ria")).isEqualTo(new Destination.Channel(Platform.TEAMS, "a:1ria"));
    }

    @Test
    void aConversationWithoutATypeIsAPersonalChatAsTheEmulatorSendsIt() {
        Activity activity = says("ria", "help");
        activity.getConversation().setConversationType(null);

        assertThat(TeamsInbound.isChannel(activity)).isFalse();
    }

    @Test
    void anActivityIsReadableWithItsConversationSenderIdAndRecipient() {
        assertThat(TeamsInbound.unreadable(says("ria", "help"))).isEmpty();
        assertThat(TeamsInbound.unreadable(mentionsTheBotInSales("help"))).isEmpty();
    }

    @Test
    void anActivityWithoutASenderIdOrRecipientOrWithIdsThatAreTypedTextIsUnreadable() {
        Activity noSender = says("ria", "help");
        noSender.getFrom().setId(null);
        Activity noRecipient = says("ria", "help");
        noRecipient.setRecipient(new ChannelAccount(null, "DealCoach"));
        Activity typedConversation = says("ria", "help");
        typedConversation.getConversation().setId("a:1ria and some text");
        Activity longId = says("ria", "help");
        longId.setId("1:" + "7".repeat(2000));

        assertThat(TeamsInbound.unreadable(noSender)).contains("no sender");
        assertThat(TeamsInbound.unreadable(noRecipient)).contains("no recipient");
        assertThat(TeamsInbound.unreadable(typedConversation)).contains("an unreadable conversation id");
        assertThat(TeamsInbound.unreadable(longId)).contains("an unreadable id");
    }

    @Test
    void aTypeThatIsNoWordIsLoggedAsUnknown() {
        Activity activity = says("ria", "help");
        assertThat(TeamsInbound.kind(activity)).isEqualTo("message");

        activity.setType("message\nforged log line");
        assertThat(TeamsInbound.kind(activity)).isEqualTo("unknown");
    }

    @Test
    void aButtonPressedOnACardIsItsActionOnThatCard() {
        Activity activity = presses("ria", """
                {"dealcoach": {"action": "answer:r-1:budget", "value": "approved"}}""");

        Destination dm = Destination.dm("ria");
        assertThat(inboundOf(activity, "ria")).contains(new Inbound.Action(new Origin("ria", dm, "teams:a:1ria:1:1700000000123"),
                "answer:r-1:budget", "approved", new MessageRef(Platform.TEAMS, dm, "1:1700000009999")));
    }

    @Test
    void aButtonPressedOnACardItDoesNotNameIsAnActionOnNoMessage() {
        Activity activity = presses("ria", """
                {"dealcoach": {"action": "run", "value": "review D-1028"}}""");
        activity.setReplyToId(null);

        assertThat(inboundOf(activity, "ria")).hasValueSatisfying(inbound -> assertThat(inbound)
                .isInstanceOfSatisfying(Inbound.Action.class, action -> assertThat(action.message()).isNull()));
    }

    @Test
    void aFormSubmittedOnACardIsItsValues() {
        Activity activity = presses("dana", """
                {"dealcoach": {"form": "review"}, "budget": "approved", "pain": "Losing $40k a month"}""");

        assertThat(inboundOf(activity, "dana")).contains(new Inbound.FormSubmission(
                new Origin("dana", Destination.dm("dana"), "teams:a:1dana:1:1700000000123"), "review",
                Map.of("budget", "approved", "pain", "Losing $40k a month")));
    }

    @Test
    void anActionExecuteInvokeIsReadFromItsActionData() {
        Activity activity = presses("ria", """
                {"action": {"type": "Action.Execute", "data": {"dealcoach": {"action": "answer:r-1:budget", "value": "approved"}}}}""");
        activity.setType(ActivityTypes.INVOKE);
        activity.setName("adaptiveCard/action");

        assertThat(inboundOf(activity, "ria")).hasValueSatisfying(inbound -> assertThat(inbound)
                .isInstanceOfSatisfying(Inbound.Action.class, action -> {
                    assertThat(action.actionId()).isEqualTo("answer:r-1:budget");
                    assertThat(action.value()).isEqualTo("approved");
                }));
    }

    @Test
    void aSubmissionFromACardThatIsNotOursIsNotForTheBot() {
        assertThat(TeamsInbound.inbound(presses("ria", """
                {"verb": "somethingElse", "msteams": {"type": "messageBack"}}"""))).isEmpty();
    }

    @Test
    void addingTheBotToAPersonalChatIsAnInstallAndNothingToAnswer() {
        Activity activity = activity("install.json", person("priya"));

        assertThat(TeamsInbound.installed(activity)).isTrue();
        assertThat(TeamsInbound.inbound(activity)).isEmpty();
        assertThat(TeamsInbound.isChannel(activity)).isFalse();
        assertThat(TeamsInbound.deliveryId(activity)).isEqualTo("teams:a:1priya:1:1700000000123");
        assertThat(TeamsInbound.place(activity, "priya")).isEqualTo(Destination.dm("priya"));
    }

    @Test
    void someoneElseJoiningAConversationIsNoInstall() {
        Activity activity = activity("install.json", person("priya"));
        activity.setMembersAdded(List.of(new ChannelAccount("29:1ana")));

        assertThat(TeamsInbound.installed(activity)).isFalse();
    }

    @Test
    void anInstallationUpdateIsAnInstallOnlyWhenTheAppIsAdded() {
        Activity activity = activity("install.json", person("priya"));
        activity.setType(ActivityTypes.INSTALLATION_UPDATE);
        activity.setMembersAdded(null);

        activity.setAction("add");
        assertThat(TeamsInbound.installed(activity)).isTrue();
        activity.setAction("remove");
        assertThat(TeamsInbound.installed(activity)).isFalse();
    }

    @Test
    void aMessageIsNoInstall() {
        assertThat(TeamsInbound.installed(says("ria", "hi"))).isFalse();
    }
}
