/**
 * The printable acknowledgement form: {@link nl.overheid.recordingpolicy.application.acknowledgement.PrintableForm}
 * rendered as an HTML page and as a PDF (Apache PDFBox). Translation only: what the form says is decided in the
 * application layer.
 */
package nl.overheid.recordingpolicy.adapter.print;
