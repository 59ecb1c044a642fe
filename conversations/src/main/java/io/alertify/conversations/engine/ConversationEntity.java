package io.alertify.conversations.engine;

import io.alertify.bot.api.ChatUser;
import io.alertify.conversations.api.ConversationKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One row of {@code conversations}: a dialog in progress (or finished) for one person in one chat.
 * Public only for Spring Data; everything else about it stays inside the engine.
 */
@Entity
@Table(name = "conversations")
public class ConversationEntity {

    @Id
    private String id;
    @Column(name = "chat_channel", nullable = false)
    private String chatChannel;
    @Column(name = "chat_address", nullable = false)
    private String chatAddress;
    @Column(name = "user_channel", nullable = false)
    private String userChannel;
    @Column(name = "user_id", nullable = false)
    private String userId;
    @Column(name = "user_name")
    private String userName;
    @Column(nullable = false)
    private String dialog;
    @Column(nullable = false)
    private String state;
    @Column(nullable = false)
    private String data;
    @Column(nullable = false)
    private String locale;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(nullable = false)
    private boolean finished;
    /** Two quick presses on the same dialog must not overwrite each other's state. */
    @Version
    private Long version;

    protected ConversationEntity() {
    }

    ConversationEntity(String id, ConversationKey key, String dialog, String locale, Instant now) {
        this.id = id;
        this.chatChannel = key.chat().channel().wireName();
        this.chatAddress = key.chat().address();
        this.userChannel = key.user().channel().wireName();
        this.userId = key.user().userId();
        this.userName = key.user().displayName();
        this.dialog = dialog;
        this.locale = locale;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void moveTo(String state, String data, Instant now) {
        this.state = state;
        this.data = data;
        this.updatedAt = now;
    }

    void finish(Instant now) {
        this.finished = true;
        this.updatedAt = now;
    }

    boolean belongsTo(ChatUser user) {
        return user.channel().wireName().equals(userChannel) && user.userId().equals(userId);
    }

    /** The owner as other people in the chat know them. */
    String ownerName() {
        return userName == null || userName.isBlank() ? userId : userName;
    }

    String id() {
        return id;
    }

    String chatChannel() {
        return chatChannel;
    }

    String chatAddress() {
        return chatAddress;
    }

    String userChannel() {
        return userChannel;
    }

    String userId() {
        return userId;
    }

    String userName() {
        return userName;
    }

    String dialog() {
        return dialog;
    }

    String state() {
        return state;
    }

    String data() {
        return data;
    }

    String locale() {
        return locale;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    boolean finished() {
        return finished;
    }
}
