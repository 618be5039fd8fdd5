package app.quire.site;

import java.util.function.Supplier;

/** A value made on first use, once, by whichever thread asks first (the Liquid parsers: costly to start). */
final class Lazy<T> {
    private final Supplier<T> maker;
    private volatile T value;

    Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = maker.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
