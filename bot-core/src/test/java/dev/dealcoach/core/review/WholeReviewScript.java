package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.ChatDriver;

/**
 * Ria's review of Globex Freight - Platform ({@value #DEAL}, in Negotiation) the way the product
 * sketch shows it, written once and run on every channel: the core ({@code DealReviewConversationTest}),
 * Slack and Teams (the application's end-to-end tests). Each channel starts the review its own way
 * and checks what only it shows (dates, stored records, escaping in its format).
 */
public final class WholeReviewScript {

    public static final String DEAL = "D-1028";

    /** The last typed answer carries Slack's and Teams' markup, which every channel must show as typed. */
    public static final String SLIP_RISK = "CFO budget freeze in December <!channel> & <@U0BOT> [click](http://evil.example)";

    private WholeReviewScript() {
    }

    /**
     * Answers the 13 questions of the review, once the first has been asked, each answer expecting
     * the next question by number and text (so a question asked again cannot pass for it), and
     * checks the coaching summary it ends with.
     */
    public static ChatDriver answerTheDevelopReview(ChatDriver chat) {
        return chat.says("Dana Whitfield, CFO, met her last Tuesday").expectReply("2/13 Is the budget approved for this purchase?")
                .clicks("Allocated, not approved")
                .expectReply("✓ Allocated, not approved", "3/13 What business problem is painful enough that they will change")
                .says("Onboarding takes 6 weeks; they lose 3 enterprise renewals a quarter")
                .expectReply("4/13 Which measurable result will prove the value to them?")
                .says("Cut onboarding to 2 weeks, save $400k a year").expectReply("5/13 Who is your champion")
                .says("no one yet").expectReply("6/13 How do their decision criteria fit what we offer?")
                .clicks("Known, not written down")
                .expectReply("✓ Known, not written down", "7/13 What is the formal decision process, and who has veto power?")
                .says("IT review, then CFO sign-off; CISO can veto").expectReply("8/13 What legal and procurement steps remain")
                .clicks("Not started").expectReply("✓ Not started", "9/13 Who are we competing against, and why will we win?")
                .says("Acme Analytics; we integrate with their ERP").expectReply("10/13 Where do we stand against them today?")
                .clicks("Level").expectReply("✓ Level", "11/13 What does the customer gain by deciding this quarter")
                .says("Their old contract ends Jan 31").expectReply("12/13 What could make this deal slip or be lost?")
                .says(SLIP_RISK).expectReply("13/13 Has the economic buyer seen the business case?")
                .clicks("Yes").expectReply(
                        "Verdict: DEVELOP",
                        "An engaged economic buyer and urgent, quantified pain, but no active champion; "
                                + "Negotiation needs legal and procurement engaged.",
                        "Metrics: ●●", "Economic buyer: ●○", "Decision criteria: ●○", "Decision process: ●○",
                        "Paper process: ○○", "Pain: ●●", "Champion: ○○", "Competition: ●○",
                        "1. Paper process: Get procurement's steps and the MSA owner in writing this week.",
                        "2. Champion: Who inside gains most",
                        "3. Economic buyer: Is money set aside for this, and who approves spending it? Confirm it with Dana this week.",
                        "Risk you named: " + SLIP_RISK);
    }
}
