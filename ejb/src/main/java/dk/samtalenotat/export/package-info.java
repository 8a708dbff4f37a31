/** What all exports share: the CSV format with its quoting and formula defusing. */
package dk.samtalenotat.export;
