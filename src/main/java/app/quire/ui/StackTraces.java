package app.quire.ui;

/** Formats a throwable and its causes as text for the "Show details" part of an error dialog. */
final class StackTraces {
    private static final int MAX_FRAMES = 40;

    private StackTraces() {
    }

    static String format(Throwable t) {
        StringBuilder sb = new StringBuilder();
        String prefix = "";
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            sb.append(prefix).append(c).append('\n');
            StackTraceElement[] frames = c.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
                sb.append("    at ").append(frames[i]).append('\n');
            }
            if (frames.length > MAX_FRAMES) {
                sb.append("    ... ").append(frames.length - MAX_FRAMES).append(" more\n");
            }
            prefix = "Caused by: ";
        }
        return sb.toString();
    }
}
