package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.ChatDriver;

/**
 * Ria, in the middle of reviewing Globex Freight - Platform, types a command for another deal: the
 * bot offers to switch, she keeps Globex for later, drops the other review, and picks Globex up where
 * she left it. Written once and run on the core and through each adapter.
 */
public final class SwitchingReviewsScript {

    private static final String GLOBEX = "the review of Globex Freight - Platform";

    private SwitchingReviewsScript() {
    }

    /** Starts from no review running, as Ria. */
    public static ChatDriver keepAReviewForLaterAndPickItUp(ChatDriver chat) {
        return chat.says("review globex").expectReply("1/13 Who signs off")
                .says("Dana Whitfield, CFO, met her last Tuesday").expectReply("2/13 Is the budget approved")
                .says("review kerr").expectReply("You are in the middle of " + GLOBEX + " (question 2/13).",
                        "Start the review of Kerr Optics - Workflow instead?")
                .clicks("Switch, keep this one for later")
                .expectReply("Kept " + GLOBEX + " at question 2/13: `review D-1028` picks it up again.", "1/12 Who signs off")
                .says("cancel").expectReply("Stopped the review of Kerr Optics - Workflow. Nothing was saved.")
                .says("review globex").expectReply("Picking up " + GLOBEX + " where you left it.", "2/13 Is the budget approved");
    }
}
