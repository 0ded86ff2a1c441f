package org.icmf.contact;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.regions.Region;
import org.icmf.web.Actor;
import org.icmf.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's inbox of contact messages ({@code /admin/messages}, ADMIN): folders to handle, handled and spam;
 * reading, filing, replying by e-mail (the reply kept with the message), restoring what the spam rules kept aside,
 * deleting. Every action is written to the audit log. Messages are kept {@code icmf.contact.retention}, then a
 * nightly job deletes them with their replies and the outbox copies of their mails.
 */
@Service
@Transactional
public class ContactInbox {

    private static final int EXCERPT = 140;

    private final ContactMessageRepository messages;
    private final ContactReplyRepository replies;
    private final ContactMail mail;
    private final ContactProperties properties;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final MessageSourceAccessor texts;
    private final Clock clock;

    ContactInbox(
            ContactMessageRepository messages,
            ContactReplyRepository replies,
            ContactMail mail,
            ContactProperties properties,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            MessageSourceAccessor texts,
            Clock clock) {
        this.messages = messages;
        this.replies = replies;
        this.mail = mail;
        this.properties = properties;
        this.jdbc = jdbc;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    /** A message in a folder's list: who, about what, for whom, and the start of its text. */
    public record Row(
            long id,
            LocalDateTime receivedAt,
            String senderName,
            String senderEmail,
            String organisation,
            String topic,
            String recipient,
            String excerpt) {}

    public record Reply(LocalDateTime sentAt, String sentByName, String text) {}

    public record Detail(
            long id,
            Folder folder,
            LocalDateTime receivedAt,
            String senderName,
            String senderEmail,
            String organisation,
            String topic,
            String recipient,
            String text,
            LocalDateTime handledAt,
            String handledByName,
            List<Reply> replies) {}

    /** The messages to handle, for the dashboard. */
    @Transactional(readOnly = true)
    public long toHandleCount() {
        return messages.countByFolder(Folder.INBOX);
    }

    @Transactional(readOnly = true)
    public Map<Folder, Long> counts() {
        Map<Folder, Long> counts = new EnumMap<>(Folder.class);
        for (Folder folder : Folder.values()) {
            counts.put(folder, messages.countByFolder(folder));
        }
        return counts;
    }

    /** A folder's messages, {@code icmf.contact.page-size} a page. */
    @Transactional(readOnly = true)
    public Page<Row> folder(Folder folder, Pageable page) {
        return messages.findInFolder(folder, PageRequest.of(page.getPageNumber(), properties.pageSize()))
                .map(this::row);
    }

    @Transactional(readOnly = true)
    public Detail detail(long id) {
        ContactMessage message = find(id);
        return new Detail(
                message.getId(),
                message.getFolder(),
                local(message.getCreatedAt()),
                message.getSenderName(),
                message.getSenderEmail(),
                message.getOrganisation(),
                texts.getMessage(message.getTopic()),
                recipient(message),
                message.getBody(),
                message.getHandledAt() == null ? null : local(message.getHandledAt()),
                message.getHandledByName(),
                replies.findByMessageIdOrderBySentAtAscIdAsc(id).stream()
                        .map(reply -> new Reply(local(reply.getSentAt()), reply.getSentByName(), reply.getBody()))
                        .toList());
    }

    /** Files a message to handle as handled; a spam must be restored first. Returns the folder it was in. */
    public Folder markHandled(long id, Actor actor) {
        ContactMessage message = find(id);
        Folder was = message.getFolder();
        if (was == Folder.SPAM) {
            throw new NotAllowedException("contact.spam.restoreFirst");
        }
        if (was == Folder.INBOX) {
            message.file(Folder.HANDLED, actor.name(), clock.instant());
            publish(message, ContactAction.HANDLED, actor);
        }
        return was;
    }

    /** Puts a handled message back among those to handle. */
    public void reopen(long id, Actor actor) {
        ContactMessage message = find(id);
        if (message.getFolder() == Folder.SPAM) {
            throw new NotAllowedException("contact.spam.restoreFirst");
        }
        if (message.getFolder() == Folder.HANDLED) {
            message.file(Folder.INBOX, null, clock.instant());
            publish(message, ContactAction.REOPENED, actor);
        }
    }

    /** Moves a message the spam rules let through to the spam folder (nothing more is mailed about it). */
    public void markSpam(long id, Actor actor) {
        ContactMessage message = find(id);
        if (message.getFolder() != Folder.SPAM) {
            message.file(Folder.SPAM, null, clock.instant());
            publish(message, ContactAction.MARKED_SPAM, actor);
        }
    }

    /**
     * Takes a message out of the spam folder, to handle, and delivers it as if it had passed the spam rules: to the
     * representative it was written to, to the board, and the acknowledgment to its sender.
     */
    public void restore(long id, Actor actor) {
        ContactMessage message = find(id);
        if (message.getFolder() != Folder.SPAM) {
            throw new NotAllowedException("contact.restore.notSpam");
        }
        message.file(Folder.INBOX, null, clock.instant());
        mail.deliver(message);
        publish(message, ContactAction.RESTORED, actor);
        events.publishEvent(new ContactMessageReceived(
                message.getId(), message.getTopic(), message.getRegion() != null, clock.instant()));
    }

    /** Mails a reply to the sender, keeps it with the message, and files the message as handled. */
    public void reply(long id, String text, Actor actor) {
        ContactMessage message = find(id);
        if (message.getFolder() == Folder.SPAM) {
            throw new NotAllowedException("contact.spam.restoreFirst");
        }
        String body = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        Instant now = clock.instant();
        replies.save(new ContactReply(message.getId(), body, actor.name(), now));
        mail.reply(message, body, actor.name());
        if (message.getFolder() == Folder.INBOX) {
            message.file(Folder.HANDLED, actor.name(), now);
        }
        publish(message, ContactAction.REPLIED, actor);
    }

    /** Deletes a message, its replies and the outbox copies of its mails; returns the folder it was in. */
    public Folder delete(long id, Actor actor) {
        ContactMessage message = find(id);
        Folder was = message.getFolder();
        publish(message, ContactAction.DELETED, actor);
        mail.eraseMails(List.of(message.getId()));
        messages.delete(message);
        return was;
    }

    /** The nightly run: one instance at a time (ShedLock), the others skip it. */
    @Scheduled(cron = "${icmf.contact.retention-cron:0 50 3 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "contact.retention")
    void purgeOldMessagesOnSchedule() {
        purgeOldMessages();
    }

    /**
     * Every night, deletes the messages older than {@code icmf.contact.retention} (with their replies and mails), as
     * the form announces. Returns how many.
     */
    public int purgeOldMessages() {
        Instant cutoff = clock.instant().minus(properties.retention());
        List<Long> old = jdbc.sql("select id from contact_message where created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .query(Long.class)
                .list();
        return eraseMessages(old);
    }

    /** Deletes messages by id with their replies and the outbox copies of their mails; returns how many. */
    int eraseMessages(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        mail.eraseMails(ids);
        return jdbc.sql("delete from contact_message where id in (:ids)")
                .param("ids", ids)
                .update();
    }

    private ContactMessage find(long id) {
        return messages.findById(id).orElseThrow(() -> new NotFoundException("contact message " + id));
    }

    private void publish(ContactMessage message, ContactAction action, Actor actor) {
        events.publishEvent(
                new ContactMessageChanged(message.getId(), auditLabel(message), action, actor, clock.instant()));
    }

    private Row row(ContactMessage message) {
        String text = message.getBody().replaceAll("\\s+", " ");
        return new Row(
                message.getId(),
                local(message.getCreatedAt()),
                message.getSenderName(),
                message.getSenderEmail(),
                message.getOrganisation(),
                texts.getMessage(message.getTopic()),
                recipient(message),
                excerpt(text));
    }

    /** The start of a text, cut between two characters (never inside a surrogate pair). */
    private static String excerpt(String text) {
        if (text.codePointCount(0, text.length()) <= EXCERPT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT)).strip() + "…";
    }

    /** For whom a message was written: null for the board, otherwise the representative then and their region. */
    private String recipient(ContactMessage message) {
        return message.getRegion() == null
                ? null
                : message.getRepresentativeName() + " (" + texts.getMessage(Region.valueOf(message.getRegion())) + ")";
    }

    /** How the audit log names a message: a number and a topic, never the sender (whose data may be erased later). */
    private String auditLabel(ContactMessage message) {
        return texts.getMessage(
                "contact.auditLabel", new Object[] {String.valueOf(message.getId()), message.getTopic()});
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }

    /** An action that does not apply to the message where it stands; {@code messageKey} says why, in French. */
    public static class NotAllowedException extends RuntimeException {

        private final String messageKey;

        NotAllowedException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
