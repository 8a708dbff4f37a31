/** Tenants (municipalities, keyed by CVR) and their users; every query is scoped by tenant. */
package dk.samtalenotat.tenant;
