package app.quire.site;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Keys of export inputs for change detection (not security): length plus CRC-32C and CRC-32 of the parts,
 * each part followed by a NUL. Both checksums are hardware-assisted even in the C1-only JVM the launcher uses,
 * where SHA-256 runs as plain Java and was a fifth of a repeat export's own time.
 * See docs/decisions/0152-cheap-export-keys.md.
 */
final class InputKey {
    private final CRC32C c1 = new CRC32C();
    private final CRC32 c2 = new CRC32();
    private long length;

    InputKey add(String part) {
        return add(String.valueOf(part).getBytes(StandardCharsets.UTF_8)).add0();
    }

    InputKey add(byte[] bytes) {
        c1.update(bytes);
        c2.update(bytes);
        length += bytes.length;
        return this;
    }

    private InputKey add0() {
        c1.update(0);
        c2.update(0);
        length++;
        return this;
    }

    /** {@code LENGTH-CCCCCCCCDDDDDDDD} in hex. */
    String value() {
        return Long.toHexString(length) + "-" + hex8(c1.getValue()) + hex8(c2.getValue());
    }

    /** The same value as {@code add(part)} for each part, with one encoding and one update per checksum. */
    static String of(String... parts) {
        StringBuilder all = new StringBuilder(parts.length * 24);
        for (String p : parts) {
            all.append(p).append('\0'); // append(null) gives "null", as String.valueOf does in add()
        }
        return new InputKey().add(all.toString().getBytes(StandardCharsets.UTF_8)).value();
    }

    static String of(byte[] bytes) {
        return new InputKey().add(bytes).value();
    }

    private static String hex8(long v) {
        String s = Long.toHexString(v);
        return "00000000".substring(s.length()) + s;
    }
}
