/** Schema migration at start-up: Flyway runs before Hibernate validates the mapping. */
package dk.samtalenotat.persistence;
