package io.alertify.telegram.render;

/** Plain (not HTML) message texts, cut to what Telegram accepts. */
public final class PlainText {

    /** Telegram's limit for answerCallbackQuery texts. */
    public static final int MAX_CALLBACK_ANSWER_LENGTH = 200;

    private PlainText() {
    }

    /** At most {@code max} characters; a cut text ends with an ellipsis so that nobody mistakes it for whole. */
    public static String fit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    public static String message(String text) {
        return fit(text, CardHtml.MAX_TEXT_LENGTH);
    }

    public static String callbackAnswer(String text) {
        return fit(text, MAX_CALLBACK_ANSWER_LENGTH);
    }
}
