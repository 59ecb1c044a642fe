package io.alertify.email.render;

/** Subject lines: always one line, prefixed, and short enough to read in an inbox list. */
public final class Subjects {

    /** Longer subjects are cut; an inbox shows about this much anyway. */
    static final int MAX_TEXT = 120;

    private Subjects() {
    }

    /** {@code [Alertify] text}, or just {@code text} when the prefix is empty. */
    public static String prefixed(String prefix, String text) {
        var line = cut(oneLine(text));
        var head = oneLine(prefix);
        return head.isEmpty() ? line : head + " " + line;
    }

    /** {@code Re: subject}, once: a reply to a reply does not grow {@code Re: Re: }. */
    public static String reply(String subject) {
        return subject.regionMatches(true, 0, "Re: ", 0, 4) ? subject : "Re: " + subject;
    }

    /**
     * The first non-blank line with runs of white space collapsed. Line breaks in a header would end
     * it early (or inject another header), so none survive.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        for (var line : text.split("\\R")) {
            var collapsed = line.strip().replaceAll("\\s+", " ");
            if (!collapsed.isEmpty()) {
                return collapsed;
            }
        }
        return "";
    }

    private static String cut(String line) {
        if (line.length() <= MAX_TEXT) {
            return line;
        }
        int end = MAX_TEXT - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--; // never split an emoji or another character outside the BMP in half
        }
        return line.substring(0, end).stripTrailing() + "…";
    }
}
