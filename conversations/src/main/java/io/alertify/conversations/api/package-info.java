/**
 * Public API of the dialog engine: adapters start a dialog for a chat, render each {@link Step} with
 * their platform's buttons, and feed the chosen value back. State lives in the database, so a dialog
 * survives a restart and works the same on every platform.
 */
package io.alertify.conversations.api;
