package newsprint.finish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes the document's XMP metadata from its document information, so the two always match
 * (PDF/A and PDF/X both check that): title, creator, subject, keywords, creator tool, producer
 * and dates, plus the language, and the identification of the standards the file claims.
 */
final class Xmp {
    private final XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    private final AdobePDFSchema pdf;
    private final PDDocumentInformation info;

    Xmp(PDDocument doc, String language) {
        info = doc.getDocumentInformation();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        dc.setTitle(info.getTitle());
        dc.addCreator(info.getAuthor());
        dc.setDescription(info.getSubject());
        dc.addLanguage(language);
        dc.addDate(info.getCreationDate());
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(info.getCreator());
        basic.setCreateDate(info.getCreationDate());
        basic.setModifyDate(info.getModificationDate());
        basic.setMetadataDate(info.getModificationDate());
        pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(info.getProducer());
        pdf.setKeywords(info.getKeywords());
    }

    /** PDF/X-4: the version identifier and the trapping state, in both places. */
    Xmp pdfx() {
        info.setTrapped("False");
        info.setCustomMetadataValue("GTS_PDFXVersion", "PDF/X-4");
        pdf.setTextPropertyValue("Trapped", "False");
        XMPSchema pdfx = new XMPSchema(xmp, "http://www.npes.org/pdfx/ns/id/", "pdfxid", "PDF/X ID Schema");
        pdfx.setTextPropertyValue("GTS_PDFXVersion", "PDF/X-4");
        xmp.addSchema(pdfx);
        return this;
    }

    /** PDF/A-{part}{conformance} and PDF/UA-1, with the extension schema PDF/A asks for the PDF/UA identifier. */
    Xmp pdfaAndUa(int part, String conformance) {
        PDFAIdentificationSchema pdfaid = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfaid.setPart(part);
            pdfaid.setConformance(conformance);
        } catch (BadFieldValueException e) {
            throw new IllegalArgumentException(e);
        }
        PDFAExtensionSchema ext = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        ext.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
        ext.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");
        XMPSchema property = new XMPSchema(XMPMetadata.createXMPMetadata(), "pdfaProperty", "pdfaProperty", "pdfaProperty");
        property.setTextPropertyValue("name", "part");
        property.setTextPropertyValue("valueType", "Integer");
        property.setTextPropertyValue("category", "internal");
        property.setTextPropertyValue("description", "Indicates which part of ISO 14289 standard is followed");
        XMPSchema schema = new XMPSchema(XMPMetadata.createXMPMetadata(), "pdfaSchema", "pdfaSchema", "pdfaSchema");
        schema.setTextPropertyValue("schema", "PDF/UA Universal Accessibility Schema");
        schema.setTextPropertyValue("namespaceURI", "http://www.aiim.org/pdfua/ns/id/");
        schema.setTextPropertyValue("prefix", "pdfuaid");
        schema.addUnqualifiedSequenceValue("property", property);
        ext.addBagValue("schemas", schema);
        XMPSchema pdfuaid = new XMPSchema(xmp, "http://www.aiim.org/pdfua/ns/id/", "pdfuaid", "PDF/UA ID Schema");
        pdfuaid.setIntegerPropertyValue("part", 1);
        xmp.addSchema(pdfuaid);
        return this;
    }

    void writeTo(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write XMP metadata", e);
        }
        // some XML transformers drop the namespace of xml:lang
        String text = out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

}
