package org.hotline.platform.logging;

/**
 * An exception as a log line may carry it: its class and its frames, causes included, never its message — a message
 * can quote what a caller typed (a driver's "invalid input value …", a parser's excerpt of the body).
 */
public final class Redacted extends RuntimeException {
    private Redacted(Throwable original) {
        super(original.getClass().getName(), original.getCause() == null || original.getCause() == original
                ? null : new Redacted(original.getCause()), false, true);
        setStackTrace(original.getStackTrace());
    }

    /** The exception, its message (and its causes' messages) replaced by its class name; null stays null. */
    public static Throwable of(Throwable e) {
        return e == null ? null : new Redacted(e);
    }

    /** The class names of the exception and its causes, outermost first: what a one-line log may say of a failure. */
    public static String kinds(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            out.append(out.length() == 0 ? "" : " ← ").append(t.getClass().getName());
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return getMessage();
    }
}
