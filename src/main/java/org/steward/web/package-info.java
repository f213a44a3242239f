/**
 * The web shell: layout, navigation, language switch, role home pages, the map page and
 * the API's shared error answers. It composes the other modules' public APIs and owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
@org.jspecify.annotations.NullMarked
package org.steward.web;
