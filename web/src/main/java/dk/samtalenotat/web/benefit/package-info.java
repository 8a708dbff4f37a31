/** The benefit figures page for team leads and administrators: charts, a table and a CSV link. */
package dk.samtalenotat.web.benefit;
