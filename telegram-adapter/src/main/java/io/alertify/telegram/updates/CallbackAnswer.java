package io.alertify.telegram.updates;

/**
 * What the person who pressed a button sees: a short toast, or an alert they must dismiss (for a
 * refusal, which they would otherwise miss). A null text just stops the button's spinner.
 */
record CallbackAnswer(String text, boolean alert) {

    static CallbackAnswer silent() {
        return new CallbackAnswer(null, false);
    }

    static CallbackAnswer alert(String text) {
        return new CallbackAnswer(text, true);
    }
}
