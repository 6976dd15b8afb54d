package newsprint.archive;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written element by element through the JDK's StAX writer (which escapes
 * every text and attribute: article text stays data), indented two spaces a level, UTF-8.
 * Attributes are given as name, value pairs and written in that order, so the same page gives
 * the same bytes.
 */
final class Xml {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter out;
    private int depth;
    private boolean hadChild;

    Xml() {
        try {
            out = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens {@code name} with attributes (name, value, …; a null value is left out). */
    Xml open(String name, String... attributes) {
        try {
            newline();
            out.writeStartElement(name);
            attributes(attributes);
            depth++;
            hadChild = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with attributes and no content. */
    Xml empty(String name, String... attributes) {
        try {
            newline();
            out.writeEmptyElement(name);
            attributes(attributes);
            hadChild = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding only {@code text}. */
    Xml text(String name, String text, String... attributes) {
        try {
            newline();
            out.writeStartElement(name);
            attributes(attributes);
            out.writeCharacters(text);
            out.writeEndElement();
            hadChild = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml close() {
        try {
            depth--;
            if (hadChild) {
                newline();
            }
            out.writeEndElement();
            hadChild = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] bytes() {
        try {
            out.writeCharacters("\n");
            out.writeEndDocument();
            out.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            if (name.equals("xmlns")) {
                out.writeDefaultNamespace(value);
            } else if (name.startsWith("xmlns:")) {
                out.writeNamespace(name.substring(6), value);
            } else {
                out.writeAttribute(name, value);
            }
        }
    }

    private void newline() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** A number with at most {@code decimals} places, no exponent, no trailing zeros: the same text on every machine. */
    static String number(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
