package newsprint.archive;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The official ALTO 4.4 and METS 1.12.1 schemas from test resources (see
 * {@code src/test/resources/schemas/README.md}), their XLink import answered by the local copy:
 * tests have no network, and any other address a schema asks for fails the test.
 */
public final class Schemas {
    public static final Schema ALTO = load("alto-4-4.xsd");
    public static final Schema METS = load("mets-1.12.1.xsd");

    private static final String XLINK = "http://www.loc.gov/standards/xlink/xlink.xsd";

    private Schemas() {
    }

    private static Schema load(String name) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver(new LocalOnly());
            return factory.newSchema(new StreamSource(resource(name), name));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load schema " + name, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Schemas.class.getResourceAsStream("/schemas/" + name);
        if (in == null) {
            throw new IllegalStateException("no test resource schemas/" + name);
        }
        return in;
    }

    /** Every problem the schema finds in {@code xml}, warnings included, one line each; empty when it is valid. */
    public static List<String> problems(Schema schema, byte[] xml) throws Exception {
        List<String> problems = new ArrayList<>();
        Validator v = schema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        return problems;
    }

    /** Answers the XLink import with the local copy and refuses anything else. */
    private static final class LocalOnly implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (!XLINK.equals(systemId)) {
                throw new IllegalStateException("a schema asks for " + systemId + ", which tests do not fetch");
            }
            return new Input(publicId, systemId, resource("xlink.xsd"));
        }
    }

    private record Input(String publicId, String systemId, InputStream byteStream) implements LSInput {
        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader r) {
        }

        @Override
        public InputStream getByteStream() {
            return byteStream;
        }

        @Override
        public void setByteStream(InputStream in) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String s) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String s) {
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String s) {
        }

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String s) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String s) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean b) {
        }
    }
}
