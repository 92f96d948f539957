package org.hotline.platform.text;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("fast")
class TextTest {

    @Test
    void xmlEscapesMarkupAndKeepsChineseAndLineBreaks() {
        assertEquals("人民路 &amp; 解放路 &lt;东&gt; &quot;88号&quot;\n第二行\t完", Xml.escape("人民路 & 解放路 <东> \"88号\"\n第二行\t完"));
        assertEquals("", Xml.escape(null));
        assertEquals("42", Xml.escape(42));
        assertEquals("😀", Xml.escape("😀"));
    }

    @Test
    void whatXml10CannotCarryIsDroppedSoTheDocumentStaysWellFormed() {
        String hostile = "人民路\u0001\u0002\u001B\u007F\u0000\uFFFE\uD800路";
        String escaped = Xml.escape(hostile);
        assertEquals("人民路\u007F路", escaped); // U+007F is a legal XML 1.0 character
        String document = "<?xml version=\"1.0\" encoding=\"utf-8\"?><street>" + escaped + "</street>";
        assertDoesNotThrow(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void sha256IsLowercaseHexOfTheUtf8Bytes() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.hex("abc"));
        assertEquals(Sha256.hex("王建国".getBytes(StandardCharsets.UTF_8)), Sha256.hex("王建国"));
    }
}
