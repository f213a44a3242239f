/**
 * What printed documents share: the embedded CJK font (WenQuanYi Zen Hei, GPL with the
 * font-embedding exception, in {@code fonts/}), so a PDF prints the same on any machine. Used by
 * enforcement documents, outreach session records and the analytics monthly report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Printing", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.steward.print;
