package kr.co.saenal.sandan.discovery;

import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small UTF-8 XML document written with StAX, which escapes text and attribute values. Characters XML 1.0 does
 * not allow at all (control characters an editor may paste) are dropped instead of producing a broken document.
 */
final class XmlDocument {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    private final XMLStreamWriter xml;

    XmlDocument() {
        try {
            xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlDocument start(String namespace, String name) {
        try {
            xml.writeStartElement(name);
            xml.writeDefaultNamespace(namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlDocument start(String name) {
        try {
            xml.writeStartElement(name);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A namespace declared with a prefix on the element just started ({@code xmlns:content="…"}). */
    XmlDocument namespace(String prefix, String uri) {
        try {
            xml.writeNamespace(prefix, uri);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element of a namespace declared with {@code prefix} on an enclosing element. */
    XmlDocument start(String prefix, String namespace, String name) {
        try {
            xml.writeStartElement(prefix, name, namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element of a prefixed namespace with text only. */
    XmlDocument element(String prefix, String namespace, String name, String value) {
        return start(prefix, namespace, name).text(value).end();
    }

    /** An element of a prefixed namespace without content, attributes given as name, value, name, value... */
    XmlDocument emptyIn(String prefix, String namespace, String name, String... attributes) {
        try {
            xml.writeEmptyElement(prefix, name, namespace);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlDocument attribute(String name, String value) {
        try {
            xml.writeAttribute(name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code xml:lang} on the element just started. */
    XmlDocument language(String tag) {
        try {
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", tag);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlDocument text(String value) {
        try {
            xml.writeCharacters(clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with text only: {@code <name>value</name>}. */
    XmlDocument element(String name, String value) {
        return start(name).text(value).end();
    }

    /** An element without content: {@code <name a="v"/>}, attributes given as name, value, name, value... */
    XmlDocument empty(String name, String... attributes) {
        try {
            xml.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlDocument end() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] finish() {
        try {
            xml.writeEndDocument();
            xml.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static String clean(String value) {
        return value == null ? "" : NOT_XML.matcher(value).replaceAll("");
    }
}
