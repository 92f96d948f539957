package org.hotline.platform.validation;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.hotline.platform.validation.PlainText.Validator.plain;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("fast")
class PlainTextTest {

    @Test
    void whatAPersonTypesIsPlainText() {
        assertTrue(plain("人民路88号 3单元 (东侧)", false));
        assertTrue(plain("𠀀😀 full-width １３９", false));
        assertTrue(plain("第一行\n第二行\r\n\t缩进", true));
        assertTrue(plain("", false));
    }

    @Test
    void controlCharactersBrokenSurrogatesAndNoncharactersAreNot() {
        for (String hostile : new String[]{"人民\u0000路", "人民\u0001路", "人民\u001B路", "人民\u007F路", "人民\u0085路",
                "人民\u009F路", "人民\uFFFE路", "人民\uFFFF路", "人民\uD800路", "人民\uDC00路", "人民路\uD83D"}) {
            assertFalse(plain(hostile, true), hostile.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void lineBreaksAndTabsOnlyWhereTheTextMayHaveSeveralLines() {
        assertFalse(plain("人民\n路", false));
        assertFalse(plain("人民\r路", false));
        assertFalse(plain("人民\t路", false));
        assertTrue(plain("人民\n路", true));
    }
}
