package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How a flow's questions read: one question with its buttons, the same once answered, or all left as a form. */
final class QuestionView {

    private static final int MAX_BUTTONS = 5;
    /** "You said:" on a re-asked question quotes this much of a long answer. */
    private static final int QUOTED = 200;

    private QuestionView() {
    }

    /**
     * Question {@code step}, with its hint, what was said before when re-asked, a prefilled answer
     * one click away, and its options as buttons (or a pick list when there are many).
     */
    static Message ask(ConversationState state, List<Question> questions, int step, Answer previous) {
        Question question = questions.get(step);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Text(promptLine(questions, step)));
        if (!question.hint().isEmpty()) {
            blocks.add(new Block.Note(Markup.literal(question.hint())));
        }
        if (previous != null) {
            blocks.add(new Block.Note("You said: " + Markup.literal(TextCut.first(previous.text(), QUOTED))));
        }
        String actionId = ActionIds.answer(state, question);
        if (question.options().size() > MAX_BUTTONS) {
            blocks.add(new Block.Choice(actionId, "Pick one", question.options()));
        } else if (!question.options().isEmpty()) {
            blocks.add(new Block.Buttons(question.options().stream()
                    .map(o -> new Block.Button(actionId, o.label(), o.value(), Block.Style.DEFAULT)).toList()));
        } else if (!question.prefill().isEmpty()) {
            blocks.add(new Block.Note("Suggested: " + Markup.literal(question.prefill()) + " (or type your own)"));
            blocks.add(new Block.Buttons(List.of(new Block.Button(actionId, "Use " + question.prefill(), question.prefill(),
                    Block.Style.PRIMARY))));
        }
        return new Message(blocks);
    }

    /**
     * The question asked again after an answer was refused: with its options still on the message
     * above, only its line (no second set of buttons); otherwise as first asked.
     */
    static Message again(ConversationState state, List<Question> questions, int step) {
        return questions.get(step).options().isEmpty() ? ask(state, questions, step, null) : Message.text(promptLine(questions, step));
    }

    /** A question as it reads once answered: no buttons, the answer under it (a picked option by its label). */
    static Message answered(List<Question> questions, int step, Answer answer) {
        String said = questions.get(step).options().stream().filter(o -> o.value().equals(answer.value()))
                .map(Block.Option::label).findFirst().orElse(answer.text());
        return Message.of(new Block.Text(promptLine(questions, step)), new Block.Note("✓ " + Markup.literal(said)));
    }

    /** Every question from {@code step} on, as one form; a form submitted is read like answers typed in order. */
    static Message form(ConversationState state, String flowName, List<Question> questions) {
        List<Block.Input> inputs = new ArrayList<>();
        for (int i = state.step(); i < questions.size(); i++) {
            Question question = questions.get(i);
            Answer earlier = state.answers().get(question.id());
            inputs.add(new Block.Input(question.id(), (i + 1) + ". " + question.prompt(), inputType(question.type()), false,
                    earlier == null ? question.prefill() : question.options().isEmpty() ? earlier.text() : earlier.value(),
                    question.options()));
        }
        String title = flowName.substring(0, 1).toUpperCase(Locale.ROOT) + flowName.substring(1);
        return Message.of(new Block.Form(state.id(), title, inputs, "Submit"));
    }

    /** {@code *3/13* What business problem ...} */
    private static String promptLine(List<Question> questions, int step) {
        return Markup.bold((step + 1) + "/" + questions.size()) + " " + Markup.literal(questions.get(step).prompt());
    }

    private static Block.InputType inputType(AnswerType type) {
        switch (type) {
            case CHOICE:
            case YES_NO:
                return Block.InputType.CHOICE;
            case DATE:
                return Block.InputType.DATE;
            case NUMBER:
                return Block.InputType.NUMBER;
            case TEXT:
                return Block.InputType.LONG_TEXT;
            default:
                return Block.InputType.TEXT;
        }
    }
}
