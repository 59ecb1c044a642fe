package io.alertify.email.render;

/**
 * Draws the block characters of a text sparkline ({@code ▁▂▃▄▅▆▇█}) as a row of small bars, one per
 * point. Tables with background colours are the one chart that every mail client shows (inline SVG
 * and images are stripped or blocked by many), and the bars need nothing but the text bot-core sends.
 */
final class SparklineBars {

    private static final char LOWEST = '\u2581';
    private static final char HIGHEST = '\u2588';
    private static final int PIXELS_PER_LEVEL = 4;
    private static final String BAR_COLOUR = "#4a78c2";

    private SparklineBars() {
    }

    /** One bar table per line of {@code evidence} that holds a sparkline; empty when none does. */
    static String html(String evidence) {
        var out = new StringBuilder();
        for (var line : evidence.split("\\R")) {
            var levels = line.chars().filter(SparklineBars::isBlock).map(c -> c - LOWEST + 1).toArray();
            if (levels.length > 0) {
                appendBars(out, levels);
            }
        }
        return out.toString();
    }

    private static void appendBars(StringBuilder out, int[] levels) {
        out.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" ")
                .append("style=\"margin:0 0 8px\"><tr>");
        for (int level : levels) {
            int height = level * PIXELS_PER_LEVEL;
            out.append("<td valign=\"bottom\" style=\"padding:0 1px\">")
                    .append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>")
                    .append("<td width=\"6\" height=\"").append(height).append("\" bgcolor=\"").append(BAR_COLOUR)
                    .append("\" style=\"width:6px;height:").append(height).append("px;background:").append(BAR_COLOUR)
                    .append(";font-size:0;line-height:0\">&nbsp;</td></tr></table></td>");
        }
        out.append("</tr></table>\n");
    }

    private static boolean isBlock(int c) {
        return c >= LOWEST && c <= HIGHEST;
    }
}
