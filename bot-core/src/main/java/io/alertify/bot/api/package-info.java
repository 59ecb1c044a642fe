/**
 * The public face of bot-core: the chat-agnostic model that adapters render (cards, buttons), the
 * commands they send back, and the ports that other modules implement (a {@link Notifier} per chat
 * platform, a {@link Remediator} wired to the remediation module in deploy).
 *
 * <p>Adapters and conversations may import only this package from bot-core; an architecture test in
 * deploy enforces that.
 */
package io.alertify.bot.api;
