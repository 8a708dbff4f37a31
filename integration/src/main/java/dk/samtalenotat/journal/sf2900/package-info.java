/**
 * Adapter for distribution in the style of KOMBIT's SF2900: SOAP from the project's own WSDL (stubs
 * generated at build time in {@code dk.samtalenotat.journal.sf2900.ws}, never leaving this
 * package), asynchronous receipts to {@link
 * dk.samtalenotat.journal.sf2900.FordelingskvitteringEndpoint}.
 */
package dk.samtalenotat.journal.sf2900;
