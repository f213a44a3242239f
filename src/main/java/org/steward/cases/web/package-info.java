/**
 * The case pages: the list with filters and a map, a case's detail with the forms of exactly
 * the actions its viewer may take now, an officer's task cards, the command centre's queue,
 * and the resident's tracking and rating page. Uses only the cases module's public types.
 */
@org.jspecify.annotations.NullMarked
package org.steward.cases.web;
