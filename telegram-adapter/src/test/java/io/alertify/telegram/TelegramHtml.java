package io.alertify.telegram;

import java.util.ArrayDeque;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Telegram's HTML parse mode accepts, for the fake: only its tags, properly nested, and every
 * {@code <}, {@code >} and {@code &} outside markup escaped. {@link #check} returns Telegram's kind of
 * error description, or null when the text is fine.
 */
public final class TelegramHtml {

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]+|#x[0-9a-fA-F]+);");
    private static final Pattern HREF = Pattern.compile("a href=\"[^\"<>]*\"");

    private TelegramHtml() {
    }

    public static String check(String html) {
        var open = new ArrayDeque<String>();
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    return "Can't find end of the tag starting at byte offset " + i;
                }
                var tag = html.substring(i + 1, end);
                if (tag.startsWith("/")) {
                    var name = tag.substring(1);
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        return "Unmatched end tag at byte offset " + i + ", expected \"</" + open.peek()
                                + ">\", found \"</" + name + ">\"";
                    }
                    open.pop();
                } else {
                    var name = tag.split(" ", 2)[0];
                    if (!TAGS.contains(name)) {
                        return "Unsupported start tag \"" + name + "\" at byte offset " + i;
                    }
                    if (name.equals("a") && !HREF.matcher(tag).matches()) {
                        return "Bad href in tag \"a\" at byte offset " + i;
                    }
                    open.push(name);
                }
                i = end;
            } else if (c == '>') {
                return "Character '>' is reserved and must be escaped at byte offset " + i;
            } else if (c == '&') {
                var entity = ENTITY.matcher(html).region(i, html.length());
                if (!entity.lookingAt()) {
                    return "Character '&' is reserved and must be escaped at byte offset " + i;
                }
            }
        }
        return open.isEmpty() ? null : "Can't find end tag corresponding to start tag \"" + open.peek() + "\"";
    }

    /** The text as a reader sees it (what Telegram returns in Message.text): tags dropped, entities decoded. */
    public static String plain(String html) {
        return html.replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
