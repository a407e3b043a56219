package nl.overheid.recordingpolicy.adapter.soap;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.util.concurrent.CompletableFuture;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/** The contract's schema handing each thread its validator again, document after document, without losing a check. */
class ReusedValidatorHandlersTest {

    private static final String NS = "http://recordingpolicy.overheid.nl/gateway/v1";

    private ReusedValidatorHandlers schema;

    @BeforeEach
    void loadTheContract() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = new ReusedValidatorHandlers(factory.newSchema(new File("wsdl/recording-policy-v1.xsd")));
    }

    @Test
    void aHandlerWhoseDocumentEndedIsHandedOutAgainAndStillValidates() throws Exception {
        ValidatorHandler first = schema.newValidatorHandler();
        validate(first, leadTimeQuestion("VIDEO"));
        ValidatorHandler second = schema.newValidatorHandler();
        assertSame(first, second);
        validate(second, leadTimeQuestion("AUDIO"));
        ValidatorHandler third = schema.newValidatorHandler();
        assertSame(first, third);
        SAXParseException invalid = assertThrows(SAXParseException.class,
                () -> validate(third, leadTimeQuestion("SMELL")));
        assertTrue(invalid.getMessage().contains("SMELL"), invalid.getMessage());
    }

    @Test
    void aHandlerStillInUseIsNotHandedOutTwice() throws Exception {
        ValidatorHandler busy = schema.newValidatorHandler();
        busy.startDocument(); // its document has not ended
        ValidatorHandler other = schema.newValidatorHandler();
        assertNotSame(busy, other);
        validate(other, leadTimeQuestion("VIDEO"));
    }

    @Test
    void aDocumentRefusedHalfwayLeavesItsHandlerBehindAndTheNextStartsClean() throws Exception {
        ValidatorHandler refused = schema.newValidatorHandler();
        refused.setErrorHandler(new Fatal());
        // a wrong value makes the fatal error handler throw before the document ends, as JAXB's does
        assertThrows(SAXParseException.class, () -> parse(refused, leadTimeQuestion("SMELL")));
        ValidatorHandler next = schema.newValidatorHandler();
        assertNotSame(refused, next);
        validate(next, leadTimeQuestion("VIDEO"));
        // a document missing a required field is still refused by the reused handler: its state was reset
        ValidatorHandler reused = schema.newValidatorHandler();
        assertSame(next, reused);
        assertThrows(SAXParseException.class, () -> validate(reused, "<GetLeadTimeStatus xmlns=\"" + NS
                + "\"><medium>VIDEO</medium></GetLeadTimeStatus>"));
    }

    @Test
    void eachThreadHasItsOwnHandler() throws Exception {
        ValidatorHandler mine = schema.newValidatorHandler();
        validate(mine, leadTimeQuestion("VIDEO"));
        ValidatorHandler theirs = CompletableFuture.supplyAsync(schema::newValidatorHandler).get();
        assertNotSame(mine, theirs);
        assertSame(mine, schema.newValidatorHandler());
    }

    @Test
    void aValidatorIsTheWrappedSchemasOwn() {
        assertDoesNotThrow(() -> schema.newValidator().validate(
                new javax.xml.transform.stream.StreamSource(new StringReader(leadTimeQuestion("VIDEO")))));
    }

    private static String leadTimeQuestion(String medium) {
        return "<GetLeadTimeStatus xmlns=\"" + NS + "\"><authority>UWV</authority><medium>" + medium
                + "</medium><conversationDate>2027-03-01</conversationDate></GetLeadTimeStatus>";
    }

    /** Validates with a fatal error handler, as JAXB's validating unmarshaller sets one for every document. */
    private static void validate(ValidatorHandler handler, String xml) throws Exception {
        handler.setErrorHandler(new Fatal());
        parse(handler, xml);
    }

    private static void parse(ValidatorHandler handler, String xml) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(new StringReader(xml)));
    }

    private static final class Fatal implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXParseException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }
    }
}
