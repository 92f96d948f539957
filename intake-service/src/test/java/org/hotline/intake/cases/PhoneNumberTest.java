package org.hotline.intake.cases;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A caller is found by phone however the number was typed; what is not a mainland number is refused. */
@Tag("fast")
class PhoneNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            13812345678        | 13812345678
            138 1234 5678      | 13812345678
            138-1234-5678      | 13812345678
            +86 138 1234 5678  | 13812345678
            008613812345678    | 13812345678
            021-62345678       | 021-62345678
            (021) 6234 5678    | 021-62345678
            +86 21 6234 5678   | 021-62345678
            010 8765 4321      | 010-87654321
            0571-8765432       | 0571-8765432
            0571-8765 4321     | 0571-87654321
            62345678           | 62345678
            6234567            | 6234567
            （021）62345678     | 021-62345678
            """)
    void theCanonicalFormIsTheSameHoweverTheNumberIsWritten(String typed, String canonical) {
        assertEquals(Optional.of(canonical), PhoneNumber.normalise(typed));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12345", "12812345678", "1381234567", "138123456789", "02162345678X", "abc", "", "   ",
            "0123456", "+1 415 555 0100", "110"})
    void whatIsNotAMainlandMobileOrLandlineIsRefused(String typed) {
        assertEquals(Optional.empty(), PhoneNumber.normalise(typed));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            东区,人民路,人民路88号3单元    ; 东区,人民路,人民路８８号 3单元
            EAST,Renmin Rd,No. 88       ; east,renmin rd,NO.88
            """)
    void theSamePlaceHasOneAddressKeyHoweverItWasTyped(String a, String b) {
        String[] x = a.split(",");
        String[] y = b.split(",");
        assertEquals(AddressKey.of(x[0], x[1], x[2]), AddressKey.of(y[0], y[1], y[2]));
    }
}
