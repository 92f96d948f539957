package org.hotline.platform.problem;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("fast")
class HostileInputTest {

    @Test
    void onlyWellFormedUtf8IsRead() {
        assertTrue(HostileInput.utf8("人民路 88号 😀".getBytes(StandardCharsets.UTF_8)));
        assertFalse(HostileInput.utf8(new byte[]{'a', (byte) 0xC0, (byte) 0xAF}), "overlong '/'");
        assertFalse(HostileInput.utf8(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "an encoded surrogate");
        assertFalse(HostileInput.utf8(new byte[]{(byte) 0xE4, (byte) 0xBA}), "a truncated sequence");
        assertFalse(HostileInput.utf8(new byte[]{(byte) 0xFF}));
    }

    @Test
    void parametersArePercentDecodedStrictly() {
        assertEquals("人民路 东", HostileInput.decoded("%E4%BA%BA%E6%B0%91%E8%B7%AF+%E4%B8%9C"));
        assertEquals("\u0000", HostileInput.decoded("%00"));
        assertNull(HostileInput.decoded("%C0%AF"), "overlong");
        assertNull(HostileInput.decoded("%E4%BA"), "truncated");
        assertNull(HostileInput.decoded("%G1"), "not hex");
        assertNull(HostileInput.decoded("abc%2"), "cut short");
    }
}
