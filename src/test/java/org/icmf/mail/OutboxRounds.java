package org.icmf.mail;

/** Runs the sender the way its schedule would, until nothing is due (other tests may have left mails due). */
final class OutboxRounds {

    private OutboxRounds() {}

    static void sendAllDue(OutboxSender sender) {
        for (int round = 0; round < 100; round++) {
            if (sender.sendDue() == 0) {
                return;
            }
        }
        throw new AssertionError("mails still due after 100 rounds of the sender");
    }
}
