package org.hotline.console.oversight;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The assessment's CSV as a spreadsheet reads it: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
@Tag("fast")
class CsvLineTest {

    @Test
    void plainCellsAreJoinedByCommasAndTheLineEndsInCrLf() {
        assertEquals("2026-11,按中队,EAST-1,95.0,19,20\r\n", AssessmentPages.line(List.of("2026-11", "按中队", "EAST-1", "95.0", "19", "20")));
    }

    @Test
    void aCellWithACommaAQuoteOrALineBreakIsQuotedWithItsQuotesDoubled() {
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", AssessmentPages.line(List.of("a,b", "say \"hi\"", "two\nlines")));
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefusedButNegativeNumbersStayNumbers() {
        assertEquals("'=HYPERLINK(1),'+cmd,'@x,-12.5,\r\n", AssessmentPages.line(Arrays.asList("=HYPERLINK(1)", "+cmd", "@x", "-12.5", null)));
    }
}
