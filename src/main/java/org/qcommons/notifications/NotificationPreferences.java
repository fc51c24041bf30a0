package org.qcommons.notifications;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.qcommons.base.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's channel for each kind of notification, and the one-click unsubscribe that works without signing in
 * (its signed token stands in for the sign-in, as the calendar feed's does).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationPreferences {

    private final NotificationPreferenceRepository preferences;
    private final UnsubscribeTokens tokens;

    NotificationPreferences(NotificationPreferenceRepository preferences, UnsubscribeTokens tokens) {
        this.preferences = preferences;
        this.tokens = tokens;
    }

    /** The signed-in member's channel for every kind, defaults filled in. */
    public Map<NotificationKind, NotificationChannel> mine() {
        return channelsOf(memberId());
    }

    @Transactional
    public void choose(NotificationKind kind, NotificationChannel channel) {
        set(memberId(), kind, channel);
    }

    /** What the unsubscribe page names; empty for a forged or damaged token. */
    @PreAuthorize("permitAll()")
    public Optional<NotificationKind> kindOf(String token) {
        return tokens.verify(token).map(UnsubscribeTokens.Subject::kind);
    }

    /** Turns the token's kind off for its member; false for a forged or damaged token. */
    @Transactional
    @PreAuthorize("permitAll()")
    public boolean unsubscribe(String token) {
        return tokens.verify(token)
                .map(s -> {
                    set(s.memberId(), s.kind(), NotificationChannel.OFF);
                    return true;
                })
                .orElse(false);
    }

    Map<NotificationKind, NotificationChannel> channelsOf(Long memberId) {
        Map<NotificationKind, NotificationChannel> channels = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            channels.put(kind, kind.defaultChannel());
        }
        preferences.findByMemberId(memberId).forEach(p -> channels.put(p.getKind(), p.getChannel()));
        return channels;
    }

    NotificationChannel channelOf(Long memberId, NotificationKind kind) {
        return preferences
                .findByMemberIdAndKind(memberId, kind)
                .map(NotificationPreference::getChannel)
                .orElse(kind.defaultChannel());
    }

    private void set(Long memberId, NotificationKind kind, NotificationChannel channel) {
        preferences
                .findByMemberIdAndKind(memberId, kind)
                .ifPresentOrElse(
                        p -> p.setChannel(channel),
                        () -> preferences.save(new NotificationPreference(memberId, kind, channel)));
    }

    private static Long memberId() {
        return CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }
}
