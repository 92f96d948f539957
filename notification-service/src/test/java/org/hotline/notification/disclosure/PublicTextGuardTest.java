package org.hotline.notification.disclosure;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What may go public, on summaries as supervisors really write them. */
@Tag("fast")
class PublicTextGuardTest {
    static final String NAME_HASH = PublicTextGuard.nameHash("王建国");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            执法队员到场劝离流动摊贩，现场已恢复整洁                     | ok
            已责令店主于3日内整改，逾期将依法处罚，罚款500元              | ok
            2026年11月29日14时30分到场，拆除违建约20平方米                | ok
            已联系王建国，告知处理结果                                    | contains the caller's name
            经与投诉人王 建国沟通，双方达成一致                           | contains the caller's name
            投诉人电话13812345678已回访                                   | contains a phone number
            请联系 138 1234 5678 了解详情                                 | contains a phone number
            当事人座机021-62345678已登记                                  | contains a phone number
            当事人身份证号11010119900307123X，已登记                      | contains an ID-card number
            """)
    void aSummaryIsPublishedOnlyWithoutPersonalData(String summary, String expected) {
        assertEquals(expected, PublicTextGuard.check(summary, NAME_HASH).orElse("ok"));
    }
}
