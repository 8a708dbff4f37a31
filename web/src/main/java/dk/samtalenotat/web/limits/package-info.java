/**
 * Request-size limits per route, enforced before the container or the application reads a body:
 * large only where audio arrives, small for forms and the API's JSON, smallest for sign-on.
 */
package dk.samtalenotat.web.limits;
