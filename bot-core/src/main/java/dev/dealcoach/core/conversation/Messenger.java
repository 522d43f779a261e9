package dev.dealcoach.core.conversation;

/**
 * Sends messages nobody asked for just now: check-ins, reminders, alerts. Each chat adapter
 * implements it on its platform's API.
 */
public interface Messenger {

    /** The outcome of one send: delivered with a reference, or not, with a reason a person can act on. */
    record Delivery(MessageRef ref, String problem) {
        public static Delivery delivered(MessageRef ref) {
            return new Delivery(ref, null);
        }

        public static Delivery notDelivered(String problem) {
            return new Delivery(null, problem);
        }

        public boolean delivered() {
            return ref != null;
        }
    }

    Delivery send(Destination to, Message message);

    void update(MessageRef ref, Message message);
}
