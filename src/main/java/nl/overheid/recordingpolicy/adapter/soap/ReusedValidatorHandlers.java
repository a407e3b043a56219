package nl.overheid.recordingpolicy.adapter.soap;

import javax.xml.validation.Schema;
import javax.xml.validation.TypeInfoProvider;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;

import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * The contract's schema, handing each worker thread the same validator for one request after the other. JAXB asks
 * the schema for a new {@link ValidatorHandler} for every message it validates, and the JDK's Xerces builds a whole
 * validator (its component manager, symbol tables, grammar bucket) each time: 5.2% of the server's CPU under SOAP
 * {@code GetLeadTimeStatus} at 8 connections (async-profiler, 2026-12-03, the 2-core benchmark machine;
 * docs/findings.md).
 *
 * <p>A handler is handed out again only after the document it validated has ended; Xerces resets all its state at
 * the start of a document. A handler whose document never ended (a fault in the middle of the body) is left to the
 * garbage collector and the thread gets a new one. Only the calling thread uses its handler, so none is shared.
 */
final class ReusedValidatorHandlers extends Schema {

    private final Schema schema;
    private final ThreadLocal<Reusable> handlers = new ThreadLocal<>();

    ReusedValidatorHandlers(Schema schema) {
        this.schema = schema;
    }

    /** The schema this one hands out validators of. */
    Schema schema() {
        return schema;
    }

    @Override
    public Validator newValidator() {
        return schema.newValidator();
    }

    @Override
    public ValidatorHandler newValidatorHandler() {
        Reusable handler = handlers.get();
        if (handler == null || handler.inUse) {
            handler = new Reusable(schema.newValidatorHandler());
            handlers.set(handler);
        }
        handler.inUse = true;
        return handler;
    }

    /** Xerces' handler, marked free again when its document has ended. */
    static final class Reusable extends ValidatorHandler {

        private final ValidatorHandler validator;
        private boolean inUse;

        Reusable(ValidatorHandler validator) {
            this.validator = validator;
        }

        @Override
        public void endDocument() throws SAXException {
            try {
                validator.endDocument();
            } finally {
                // what the last user set is not kept alive (JAXB sets its own error handler for every document)
                validator.setErrorHandler(null);
                validator.setContentHandler(null);
                inUse = false;
            }
        }

        @Override
        public void setContentHandler(ContentHandler receiver) {
            validator.setContentHandler(receiver);
        }

        @Override
        public ContentHandler getContentHandler() {
            return validator.getContentHandler();
        }

        @Override
        public void setErrorHandler(ErrorHandler errorHandler) {
            validator.setErrorHandler(errorHandler);
        }

        @Override
        public ErrorHandler getErrorHandler() {
            return validator.getErrorHandler();
        }

        @Override
        public void setResourceResolver(LSResourceResolver resourceResolver) {
            validator.setResourceResolver(resourceResolver);
        }

        @Override
        public LSResourceResolver getResourceResolver() {
            return validator.getResourceResolver();
        }

        @Override
        public TypeInfoProvider getTypeInfoProvider() {
            return validator.getTypeInfoProvider();
        }

        @Override
        public boolean getFeature(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
            return validator.getFeature(name);
        }

        @Override
        public void setFeature(String name, boolean value) throws SAXNotRecognizedException, SAXNotSupportedException {
            validator.setFeature(name, value);
        }

        @Override
        public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
            return validator.getProperty(name);
        }

        @Override
        public void setProperty(String name, Object object) throws SAXNotRecognizedException, SAXNotSupportedException {
            validator.setProperty(name, object);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            validator.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            validator.startDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            validator.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            validator.endPrefixMapping(prefix);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            validator.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            validator.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            validator.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            validator.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            validator.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            validator.skippedEntity(name);
        }
    }
}
