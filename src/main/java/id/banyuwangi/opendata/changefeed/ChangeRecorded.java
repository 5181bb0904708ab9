package id.banyuwangi.opendata.changefeed;

/**
 * An event was added to the change feed, in the transaction of its change: observers that must act exactly when the
 * change commits (the webhooks' outbox) write in that transaction ({@code during = IN_PROGRESS}), those that act
 * afterwards observe {@code AFTER_SUCCESS}.
 *
 * @param event the event, with its id
 */
public record ChangeRecorded(ChangeEvent event) {
}
