package org.hotline.notification.disclosure;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What may go public, on summaries as supervisors really write them, and on what hostile users typed instead. */
@Tag("fast")
class PublicTextGuardTest {
    static final PublicTextGuard GUARD = new PublicTextGuard("a-test-key-of-some-length");

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            执法队员到场劝离流动摊贩，现场已恢复整洁                     | 王建国              | ok
            已责令店主于3日内整改，逾期将依法处罚，罚款500元              | 王建国              | ok
            2026年11月29日14时30分到场，拆除违建约20平方米                | 王建国              | ok
            12月3号已到场处理完毕                                         | 王建国              | ok
            已联系王建国，告知处理结果                                    | 王建国              | contains the caller's name
            经与投诉人王 建国沟通，双方达成一致                           | 王建国              | contains the caller's name
            已联系欧阳司马青云，告知处理结果                              | 欧阳司马青云        | contains the caller's name
            Spoke with ZHANG Wei on site                                  | Zhang Wei           | contains the caller's name
            已联系投诉人                                                  | 王                  | ok
            投诉人电话13812345678已回访                                   | 王建国              | contains a phone number
            请联系 138 1234 5678 了解详情                                 | 王建国              | contains a phone number
            回访电话１３９１２３４０００３                                | 王建国              | contains a phone number
            回访电话139.1234.0003                                         | 王建国              | contains a phone number
            当事人座机021-62345678已登记                                  | 王建国              | contains a phone number
            当事人身份证号11010119900307123X，已登记                      | 王建国              | contains an ID-card number
            隐私路9879号门前已清理                                        | 王建国              | contains a house or room number
            3栋2单元501室楼道已清理                                       | 王建国              | contains a house or room number
            """)
    void aTextIsPublishedOnlyWithoutPersonalData(String text, String callerName, String expected) {
        assertEquals(expected, GUARD.check(text, GUARD.fingerprint(callerName)).orElse("ok"));
    }

    @Test
    void theFingerprintIsKeyedAndGivesOnlyTheLength() {
        String fingerprint = GUARD.fingerprint("王建国");
        assertTrue(fingerprint.startsWith("3:"), fingerprint);
        assertNotEquals(fingerprint, new PublicTextGuard("another-key-of-some-length").fingerprint("王建国"));
        assertEquals(fingerprint, GUARD.fingerprint(" 王 建国 "));
    }
}
