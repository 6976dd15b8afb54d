package newsprint.finish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Writes the document's XMP metadata from its document information, so the two always match
 * (PDF/A and PDF/X both check that): title, creator, subject, keywords, creator tool, producer
 * and dates, plus the language, and the identification of the standards the file claims. The
 * packet is written as text: it has a fixed shape, and an XML transformer set up per page cost
 * a fifth of a page's render time.
 */
final class Xmp {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final PDDocumentInformation info;
    private final String language;
    /** The pdf: properties beyond producer and keywords, and each further description, as written. */
    private final List<String> pdfProperties = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    private final List<String> namespaces = new ArrayList<>();

    Xmp(PDDocument doc, String language) {
        this.info = doc.getDocumentInformation();
        this.language = language;
    }

    /** PDF/X-4: the version identifier and the trapping state, in both places. */
    Xmp pdfx() {
        info.setTrapped("False");
        info.setCustomMetadataValue("GTS_PDFXVersion", "PDF/X-4");
        pdfProperties.add("      <pdf:Trapped>False</pdf:Trapped>\n");
        descriptions.add("""
                    <rdf:Description xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/" rdf:about="">
                      <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>
                    </rdf:Description>
                """);
        return this;
    }

    /** PDF/A-{part}{conformance} and PDF/UA-1, with the extension schema PDF/A asks for the PDF/UA identifier. */
    Xmp pdfaAndUa(int part, String conformance) {
        namespaces.add(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
        descriptions.add("    <rdf:Description rdf:about=\"\">\n      <pdfaid:part>" + part + "</pdfaid:part>\n"
                + "      <pdfaid:conformance>" + escape(conformance) + "</pdfaid:conformance>\n    </rdf:Description>\n");
        descriptions.add("""
                    <rdf:Description xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" rdf:about="">
                      <pdfaExtension:schemas>
                        <rdf:Bag>
                          <rdf:li rdf:parseType="Resource">
                            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                            <pdfaSchema:property>
                              <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                  <pdfaProperty:name>part</pdfaProperty:name>
                                  <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                  <pdfaProperty:category>internal</pdfaProperty:category>
                                  <pdfaProperty:description>Indicates which part of ISO 14289 standard is followed</pdfaProperty:description>
                                </rdf:li>
                              </rdf:Seq>
                            </pdfaSchema:property>
                          </rdf:li>
                        </rdf:Bag>
                      </pdfaExtension:schemas>
                    </rdf:Description>
                    <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
                      <pdfuaid:part>1</pdfuaid:part>
                    </rdf:Description>
                """);
        return this;
    }

    /** The packet as text. */
    String text() {
        String created = date(info.getCreationDate());
        String modified = date(info.getModificationDate());
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.append("  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"");
        namespaces.forEach(x::append);
        x.append(" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("    <rdf:Description rdf:about=\"\">\n");
        x.append("      <dc:format>application/pdf</dc:format>\n");
        alt(x, "dc:title", info.getTitle());
        x.append("      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>").append(escape(info.getAuthor()))
                .append("</rdf:li>\n        </rdf:Seq>\n      </dc:creator>\n");
        alt(x, "dc:description", info.getSubject());
        x.append("      <dc:language>\n        <rdf:Bag>\n          <rdf:li>").append(escape(language))
                .append("</rdf:li>\n        </rdf:Bag>\n      </dc:language>\n");
        x.append("      <dc:date>\n        <rdf:Seq>\n          <rdf:li>").append(created)
                .append("</rdf:li>\n        </rdf:Seq>\n      </dc:date>\n");
        x.append("    </rdf:Description>\n");
        x.append("    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n");
        x.append("      <xmp:CreatorTool>").append(escape(info.getCreator())).append("</xmp:CreatorTool>\n");
        x.append("      <xmp:CreateDate>").append(created).append("</xmp:CreateDate>\n");
        x.append("      <xmp:ModifyDate>").append(modified).append("</xmp:ModifyDate>\n");
        x.append("      <xmp:MetadataDate>").append(modified).append("</xmp:MetadataDate>\n");
        x.append("    </rdf:Description>\n");
        x.append("    <rdf:Description rdf:about=\"\">\n");
        x.append("      <pdf:Producer>").append(escape(info.getProducer())).append("</pdf:Producer>\n");
        x.append("      <pdf:Keywords>").append(escape(info.getKeywords())).append("</pdf:Keywords>\n");
        pdfProperties.forEach(x::append);
        x.append("    </rdf:Description>\n");
        descriptions.forEach(x::append);
        x.append("  </rdf:RDF>\n</x:xmpmeta><?xpacket end=\"w\"?>");
        return x.toString();
    }

    void writeTo(PDDocument doc) throws IOException {
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(text().getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    private static void alt(StringBuilder x, String property, String value) {
        x.append("      <").append(property).append(">\n        <rdf:Alt>\n          <rdf:li xml:lang=\"x-default\">")
                .append(escape(value)).append("</rdf:li>\n        </rdf:Alt>\n      </").append(property).append(">\n");
    }

    /** An XMP date: the calendar's instant in its own zone offset, to the second. */
    static String date(Calendar c) {
        ZonedDateTime t = c instanceof GregorianCalendar g ? g.toZonedDateTime()
                : ZonedDateTime.ofInstant(c.toInstant(), ZoneOffset.ofTotalSeconds((c.get(Calendar.ZONE_OFFSET) + c.get(Calendar.DST_OFFSET)) / 1000));
        return DATE.format(t);
    }

    /** Text as XML character data: the five markup characters escaped, nothing else changed. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
